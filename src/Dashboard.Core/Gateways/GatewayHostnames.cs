using System.Net;
using Dashboard.Core.Kubernetes;

namespace Dashboard.Core.Gateways;

/// <summary>
/// The hostname of a Gateway listener or an HTTPRoute: a DNS-1123 subdomain, optionally with a leading <c>*.</c>
/// wildcard, never an IP address or a port (the Gateway API's <c>Hostname</c> type).
/// </summary>
public static class GatewayHostnames
{
    public static string? Problem(string? host)
    {
        if (string.IsNullOrEmpty(host))
            return "Required value: enter a hostname, for example 'shop.example.com' or '*.example.com'.";
        // The two usual mistakes get a hint about Gateways; the rest reads as the Ingress host rule, which is the same format.
        if (IPAddress.TryParse(host.Trim('[', ']'), out _))
            return NameMessages.Invalid(host, "must be a DNS name, not an IP address",
                "Gateway API matches requests by hostname only: use a DNS name that resolves to the Gateway, or leave the hostname out.");
        if (host.Contains(':', StringComparison.Ordinal) && !host.Contains("://", StringComparison.Ordinal))
            return NameMessages.Invalid(host, "must be a DNS name without a port",
                $"Leave out the port ('{host[..host.IndexOf(':', StringComparison.Ordinal)]}'): the Gateway's listener sets it.");
        return KubernetesNames.IngressHost(host);
    }
}
