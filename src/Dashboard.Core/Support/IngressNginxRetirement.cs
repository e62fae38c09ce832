namespace Dashboard.Core.Support;

/// <summary>
/// The notice for a cluster that still runs ingress-nginx, retired in March 2026 (announced at
/// https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/): what happened and where to move.
/// </summary>
public static class IngressNginxRetirement
{
    public const string Fact = "ingress-nginx was retired in March 2026: no releases, fixes or security patches since.";

    public static bool Runs(IEnumerable<IngressClassFacts> ingressClasses) =>
        ingressClasses.Any(c => string.Equals(c.Controller, TodayMatrix.IngressNginxController, StringComparison.Ordinal));

    /// <param name="acceptedClasses">The cluster's GatewayClasses its controllers accepted.</param>
    /// <param name="today">The platform's row of today; null when the platform is unknown.</param>
    public static string Notice(IReadOnlyList<string> acceptedClasses, PlatformToday? today)
    {
        var gatewayApi = acceptedClasses.Count switch
        {
            1 => $"Gateway API (class {acceptedClasses[0]} on this cluster)",
            > 1 => $"Gateway API (classes {string.Join(", ", acceptedClasses)} on this cluster)",
            _ when today is { ShipsGatewayController: true } => $"Gateway API ({Offered(today)})",
            _ => "Gateway API (install a controller such as Envoy Gateway, Cilium or NGINX Gateway Fabric)",
        };
        var ingress = today?.IngressAlternative ?? "another maintained ingress controller";
        return $"{Fact} Move to {gatewayApi} or to {ingress}.";
    }

    private static string Offered(PlatformToday today)
    {
        var offer = today.GatewayControllers[0];
        var turnOn = today.OffByDefault.FirstOrDefault(o => o.What.Contains("Gateway", StringComparison.Ordinal));
        var classes = offer.UsualClasses.Count > 0 ? $", class {offer.UsualClasses[0]}" : "";
        return turnOn is null ? $"{offer.Product}{classes}" : $"{offer.Product}{classes}, once turned on: {turnOn.HowToTurnOn}";
    }
}
