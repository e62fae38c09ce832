using System.Globalization;
using Dashboard.Core.Workloads;

namespace Dashboard.Web.Components.Workloads;

/// <summary>
/// An Ingress wizard left for the Service wizard ("Create a Service for this"): everything entered so far, the step,
/// which path wants the new Service and where to come back to. <see cref="ChosenService"/> is set once it exists.
/// </summary>
/// <param name="ReturnUrl">Relative, built by the Ingress wizard itself: nothing from a query string ever lands here.</param>
public sealed record ParkedIngress(
    IngressDraft Draft, int Step, bool NewNamespace, int RuleIndex, int PathIndex, string ReturnUrl,
    string? ChosenService = null, string? ChosenPort = null)
{
    public string IngressName => Draft.Name is { Length: > 0 } name ? $"Ingress '{name}'" : "the new Ingress";

    /// <summary>A path relative to the app's base ("clusters/…"): never another site, not even a protocol-relative "//host".</summary>
    public bool ReturnsLocally =>
        Uri.TryCreate(ReturnUrl, UriKind.Relative, out _) && !ReturnUrl.StartsWith('/') && !ReturnUrl.StartsWith('\\');
}

/// <summary>
/// The Ingress wizards parked in this circuit, one per cluster. Scoped: it lives as long as the user's Blazor
/// circuit (one browser tab), and no other user or tab ever sees it.
/// </summary>
public sealed class IngressWizardDrafts
{
    private readonly Dictionary<Guid, ParkedIngress> parked = [];

    public void Park(Guid clusterId, ParkedIngress ingress) => parked[clusterId] = ingress;

    /// <summary>The parked wizard, left in place (the Service wizard says where it will return to).</summary>
    public ParkedIngress? Find(Guid clusterId) => parked.GetValueOrDefault(clusterId);

    /// <summary>The Service exists: the parked path gets it, with its port when it has only one.</summary>
    public void ServiceCreated(Guid clusterId, string serviceName, IReadOnlyList<int> ports)
    {
        if (parked.TryGetValue(clusterId, out var ingress))
            parked[clusterId] = ingress with { ChosenService = serviceName, ChosenPort = ports is [var only] ? only.ToString(CultureInfo.InvariantCulture) : null };
    }

    /// <summary>Removes and returns the parked wizard: it is restored once, not on every later visit.</summary>
    public ParkedIngress? Take(Guid clusterId) => parked.Remove(clusterId, out var ingress) ? ingress : null;
}
