using System.Globalization;

namespace Dashboard.Kubernetes.Resources;

/// <summary>What a Service's endpoints mean for traffic, and why an Ingress backend would answer 503, in words to act on.</summary>
public static class EndpointVerdicts
{
    public const string NoReadyPod = "No pod behind it is ready: the load balancer has nothing to send to.";

    public const string ManagedByHand = "It has no selector: its endpoints are managed by hand (an Endpoints or EndpointSlice object you write).";

    public const string ExternalName = "An ExternalName Service is a DNS alias: endpoints do not apply.";

    /// <summary>The note for a Service given its counts (null when EndpointSlices cannot be read); null when all is well.</summary>
    public static string? ForService(ServiceInfo service, EndpointCounts? counts)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.Type == "ExternalName")
            return ExternalName;
        if (service.Selector.Count == 0)
            return counts is { Ready: 0, Total: > 0 } ? $"{ManagedByHand} None of them is ready." : ManagedByHand;
        return counts is { Ready: 0 } ? NoReadyPod : null;
    }

    /// <summary>One Ingress backend against the Service it names (null when that Service does not exist).</summary>
    public static IngressBackendCheck ForBackend(string ns, IngressPathInfo path, ServiceInfo? service, EndpointCounts? counts)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.IsResource)
            return new IngressBackendCheck(path, false, false, null, null);
        if (service is null)
            return new IngressBackendCheck(path, false, false, null,
                $"Service {path.ServiceName} does not exist in namespace {ns}: the ingress controller answers 503 for this path. " +
                $"Create the Service, or point the path at one that exists.");
        var portExists = path.ServicePort is not { } port || service.Ports.Any(p => Matches(p, port));
        if (!portExists)
            return new IngressBackendCheck(path, true, false, counts,
                $"Service {path.ServiceName} has no port {path.ServicePort} (it has {Describe(service.Ports)}): the ingress controller answers 503 for this path. " +
                "Use one of its ports, or add this one to the Service.");
        if (service.Type == "ExternalName" || counts is not { Ready: 0 })
            return new IngressBackendCheck(path, true, true, counts, null);
        var why = service.Selector.Count == 0
            ? "it has no selector and none of the endpoints written for it is ready"
            : counts.Total == 0 ? "no pod matches its selector or none has started" : $"none of its {counts.Total} pods is ready";
        return new IngressBackendCheck(path, true, true, counts,
            $"Service {path.ServiceName} has no ready endpoint ({why}): the ingress controller answers 503 for this path until a pod is ready.");
    }

    private static bool Matches(ServicePortInfo port, string wanted) =>
        int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? port.Port == number : port.Name == wanted;

    private static string Describe(IReadOnlyList<ServicePortInfo> ports) =>
        ports.Count == 0
            ? "no ports"
            : string.Join(", ", ports.Select(p => p.Name is null ? p.Port.ToString(CultureInfo.InvariantCulture) : $"{p.Name} ({p.Port.ToString(CultureInfo.InvariantCulture)})"));
}
