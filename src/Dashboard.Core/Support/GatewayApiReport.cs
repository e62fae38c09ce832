namespace Dashboard.Core.Support;

/// <summary>What one cluster shows of Gateway API next to what its platform offers today, in sentences for the Support tab.</summary>
/// <param name="PromisedPresent">The platform's controllers that have a GatewayClass here.</param>
/// <param name="PromisedMissing">The platform's controllers without one (only when the platform ships them).</param>
/// <param name="Findings">What the page says, in order: whether Gateway API is served, each class, what to turn on.</param>
/// <param name="RetirementNotice">Set when an IngressClass's controller is ingress-nginx.</param>
public sealed record GatewayApiReport(
    bool ServesGatewayApi,
    IReadOnlyList<ObservedGatewayClass> Classes,
    IReadOnlyList<GatewayControllerOffer> PromisedPresent,
    IReadOnlyList<GatewayControllerOffer> PromisedMissing,
    int Gateways,
    IReadOnlyList<string> Findings,
    string? RetirementNotice)
{
    public IReadOnlyList<string> AcceptedClasses => Classes.Where(c => c.Accepted == true).Select(c => c.Name).ToList();
}
