using System.Net;

namespace Dashboard.Core.Kubernetes;

/// <summary>The host of an Ingress rule or TLS entry.</summary>
public static partial class KubernetesNames
{
    private const string WildcardSubdomainFormat =
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com')";

    /// <summary>A DNS-1123 subdomain, or '*.' and one; never an IP address or a port, which the API server refuses.</summary>
    public static string? IngressHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
            return "Required value: enter a host name, for example 'shop.example.com'.";
        // The usual mistakes get their own hint; the API server would only quote the regex for them.
        if (host.Contains("://", StringComparison.Ordinal))
            return NameMessages.Invalid(host, Dns1123SubdomainFormat, $"Enter only the host name, without the scheme: '{host[(host.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/')}'.");
        if (IPAddress.TryParse(host.Trim('[', ']'), out _))
            return NameMessages.Invalid(host, "must be a DNS name, not an IP address", "Use a DNS name that resolves to the ingress, or choose a generated host.");
        if (host.Contains(':', StringComparison.Ordinal))
            return NameMessages.Invalid(host, Dns1123SubdomainFormat, "Leave out the port: the ingress controller listens on 80 and 443.");
        if (host.StartsWith("*.", StringComparison.Ordinal))
            return WildcardProblem(host);
        if (host.Contains('*', StringComparison.Ordinal))
            return NameMessages.Invalid(host, WildcardSubdomainFormat, "A wildcard may only be the whole first label, as in '*.example.com'.");
        return Subdomain1123.Check(host);
    }

    private static string? WildcardProblem(string host)
    {
        var rest = host[2..];
        if (host.Length > SubdomainMaxLength)
            return NameMessages.Invalid(host, $"must be no more than {SubdomainMaxLength} characters", $"It has {host.Length}; shorten it.");
        if (rest.Length > 0 && SubdomainProblem(rest) is null)
            return null;
        var suggestion = NameSuggestions.Subdomain(rest);
        var hint = suggestion.Length > 0 && SubdomainProblem(suggestion) is null ? $"Try '*.{suggestion}'." : "For example '*.example.com'.";
        return NameMessages.Invalid(host, WildcardSubdomainFormat, hint);
    }
}
