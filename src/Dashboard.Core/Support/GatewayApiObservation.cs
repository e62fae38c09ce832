namespace Dashboard.Core.Support;

/// <summary>
/// Compares what a cluster shows of Gateway API (<see cref="ClusterFacts.ServesGatewayApi"/>, its GatewayClasses and
/// Gateways, its IngressClasses) with what its platform offers today (<see cref="TodayMatrix"/>). Pure: the facts come
/// from the watch caches.
/// </summary>
public static class GatewayApiObservation
{
    public static GatewayApiReport Observe(PlatformToday? today, ClusterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var promised = today?.GatewayControllers ?? [];
        var classes = facts.GatewayClasses.Select(c => new ObservedGatewayClass(
            c.Name, c.Controller, ProductOf(c.Controller, promised),
            today is { ShipsGatewayController: true } && promised.Any(o => o.ControllerName == c.Controller), c.Accepted)).ToList();
        var present = promised.Where(o => classes.Any(c => c.Controller == o.ControllerName)).ToList();
        var missing = today is { ShipsGatewayController: true } && present.Count == 0 ? promised.ToList() : [];

        var findings = new List<string>();
        if (!facts.ServesGatewayApi)
        {
            findings.Add("This cluster does not serve Gateway API: the gateway.networking.k8s.io CRDs are not installed.");
            findings.AddRange(TurnOnSteps(today));
        }
        else
        {
            findings.Add(facts.Gateways.Count switch
            {
                0 => "This cluster serves Gateway API; it has no Gateway yet.",
                1 => "This cluster serves Gateway API and has 1 Gateway.",
                var n => $"This cluster serves Gateway API and has {n} Gateways.",
            });
            if (classes.Count == 0)
                findings.Add("No GatewayClass exists, so no controller would serve a Gateway.");
            if (classes.Count == 0 && missing.Count == 0)
                findings.AddRange(TurnOnSteps(today));
            findings.AddRange(classes.Select(Sentence));
            if (missing.Count > 0)
            {
                findings.Add($"Today {PlatformName(today!)} offers {string.Join(" and ", missing.Select(o => $"{o.Product} ({o.ControllerName})"))}, but no GatewayClass of it is here.");
                findings.AddRange(TurnOnSteps(today));
            }
        }

        var retirement = IngressNginxRetirement.Runs(facts.IngressClasses)
            ? IngressNginxRetirement.Notice(classes.Where(c => c.Accepted == true).Select(c => c.Name).ToList(), today)
            : null;
        return new GatewayApiReport(facts.ServesGatewayApi, classes, present, missing, facts.Gateways.Count, findings, retirement);
    }

    private static string Sentence(ObservedGatewayClass c)
    {
        var whose = c.Product is null ? c.Controller : $"{c.Product} ({c.Controller})";
        var origin = c.Promised ? "the platform's controller" : "installed on the cluster";
        return c.Accepted switch
        {
            true => $"Class {c.Name}: {whose}, {origin}, accepted it.",
            false => $"Class {c.Name}: {whose}, {origin}, did not accept it; its status says why. Gateways of this class get no address.",
            null => $"Class {c.Name}: {whose}, {origin}, has not answered yet (no status): check that the controller runs.",
        };
    }

    private static IEnumerable<string> TurnOnSteps(PlatformToday? today)
    {
        if (today is null)
            return ["Install the Gateway API CRDs (standard channel) and a Gateway API controller."];
        if (!today.ShipsGatewayController)
            return [$"{PlatformName(today)} ships no Gateway API controller: install the CRDs (standard channel) and one, such as {OneOf(today.GatewayControllers.Select(o => o.Product).ToList())}."];
        return today.OffByDefault.Select(o => $"Off by default: {o.What}. To turn it on: {o.HowToTurnOn}");
    }

    private static string OneOf(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";

    private static string PlatformName(PlatformToday today) => Providers.ProviderKinds.DisplayName(today.Kind);

    // The platform's own name for a controller first (AKS's Istio add-on), then the usual installed ones, then any row's.
    private static string? ProductOf(string controller, IReadOnlyList<GatewayControllerOffer> promised) =>
        promised.Concat(TodayMatrix.For(Providers.ProviderKind.MetalLb)!.GatewayControllers)
            .Concat(TodayMatrix.Rows.SelectMany(r => r.GatewayControllers))
            .FirstOrDefault(o => o.ControllerName == controller)?.Product;
}
