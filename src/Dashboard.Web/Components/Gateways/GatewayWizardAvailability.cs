using Dashboard.Core.Support;

namespace Dashboard.Web.Components.Gateways;

/// <summary>
/// Whether a Gateway can be made on this cluster at all, said before any step: without the Gateway API CRDs or
/// without a GatewayClass no controller would serve it. The sentences name what to install or turn on for the
/// platform (from the matrix of today), such as RKE2's HelmChartConfig for Traefik's Gateway provider.
/// </summary>
/// <param name="Blocked">True: the wizard offers no steps and no Create.</param>
/// <param name="Sentences">Why, and what to do; empty when nothing blocks.</param>
public sealed record GatewayWizardAvailability(bool Blocked, IReadOnlyList<string> Sentences)
{
    public static GatewayWizardAvailability Of(PlatformToday? today, ClusterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.ServesGatewayApi && facts.GatewayClasses.Count > 0)
            return new(false, []);
        var report = GatewayApiObservation.Observe(today, facts);
        var why = facts.ServesGatewayApi
            ? "A Gateway cannot be created here yet: this cluster has no GatewayClass, so no controller would serve it."
            : "A Gateway cannot be created here yet: this cluster does not serve Gateway API (the gateway.networking.k8s.io CRDs are not installed).";
        // The observation's first findings say what "why" says; what follows is what to install or turn on.
        var steps = report.Findings.Skip(facts.ServesGatewayApi ? 2 : 1).ToList();
        if (steps.Count == 0)
            steps.Add(InstallSentence(today));
        return new(true, [why, .. steps]);
    }

    private static string InstallSentence(PlatformToday? today) =>
        today is { GatewayControllers.Count: > 0 }
            ? $"Install a Gateway API controller, such as {string.Join(", ", today.GatewayControllers.Select(o => o.Product).Distinct(StringComparer.Ordinal))}: it creates its GatewayClass."
            : "Install a Gateway API controller: it creates its GatewayClass.";
}
