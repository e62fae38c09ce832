using Dashboard.Core.Routes;
using Dashboard.Core.Support;

namespace Dashboard.Web.Components.HttpRoutes;

/// <summary>
/// Where a new route's hostnames come from: generated when the parent Gateway's address is an IP, or will be one
/// on this platform (the matrix of today), since a generated name needs an IP to point at; the user's own
/// otherwise (a DNS-name address takes a CNAME record to a domain the user owns).
/// </summary>
public static class HttpRouteWizardHostDefault
{
    public static bool CanGenerate(HttpRouteWizardGateway? gateway, PlatformToday? today)
    {
        if (gateway is { Addresses.Count: > 0 })
            return gateway.Addresses.Any(a => a.IsIp);
        return today?.GatewayAddress is not GatewayAddressKind.DnsName;
    }

    public static RouteHostChoice For(HttpRouteWizardGateway? gateway, PlatformToday? today) =>
        CanGenerate(gateway, today) ? RouteHostChoice.Generate : RouteHostChoice.Custom;
}
