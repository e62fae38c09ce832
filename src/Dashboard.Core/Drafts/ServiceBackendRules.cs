using System.Globalization;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Drafts;

/// <summary>
/// The Service and port an Ingress path or a port exposure sends traffic to: well-formed first, then, when the
/// context lists the namespace's Services, one that exists, so a typo is caught before the controller returns 503s.
/// </summary>
internal static class ServiceBackendRules
{
    public static void AddServiceNameProblems<T>(string name, string @namespace, DraftValidationContext context, ValidationContext<T> validation)
    {
        if (string.IsNullOrEmpty(name))
            validation.AddFailure("Pick the Service to send the traffic to.");
        else if (KubernetesNames.Dns1035Label(name) is { } error)
            validation.AddFailure(error);
        else if (context.ServicesByName is { } services && !services.ContainsKey(name))
            validation.AddFailure($"Service '{name}' does not exist in namespace '{@namespace}'. Create it first or pick another.");
    }

    /// <summary>A port by number or by name; checked against the Service only when the Service is known.</summary>
    public static void AddServicePortProblems<T>(string port, string serviceName, DraftValidationContext context, ValidationContext<T> validation)
    {
        if (string.IsNullOrEmpty(port))
            validation.AddFailure("Pick a port of the Service, by number (80) or by name ('http').");
        else if (KubernetesPorts.NumberOrName(port) is { } error)
            validation.AddFailure(error);
        else if (context.ServicesByName?.GetValueOrDefault(serviceName) is { } ports && !ports.Any(p => Matches(p, port)))
            validation.AddFailure(UnknownPort(serviceName, port, ports));
    }

    private static bool Matches(ServicePortRef servicePort, string port) =>
        port.All(char.IsAsciiDigit)
            ? servicePort.Port.ToString(CultureInfo.InvariantCulture) == port
            : string.Equals(servicePort.Name, port, StringComparison.Ordinal);

    private static string UnknownPort(string serviceName, string port, IReadOnlyList<ServicePortRef> ports)
    {
        var which = port.All(char.IsAsciiDigit) ? $"port {port}" : $"port named '{port}'";
        if (ports.Count == 0)
            return $"Service '{serviceName}' has no {which}: it has no ports at all. Add one to the Service first.";
        var listed = string.Join(", ", ports.Select(p => p.Name is { Length: > 0 } name ? $"{p.Port} ({name})" : $"{p.Port}"));
        return $"Service '{serviceName}' has no {which}. Its ports: {listed}.";
    }
}
