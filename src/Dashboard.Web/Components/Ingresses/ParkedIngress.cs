using Dashboard.Core.Ingresses;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// An Ingress wizard left for the Service wizard ("Create a Service for this"): everything entered so far, the step,
/// which path wants the new Service and where to come back to. <see cref="ChosenService"/> is set once it exists.
/// </summary>
/// <param name="ReturnUrl">Relative, built by the Ingress wizard itself: nothing from a query string ever lands here.</param>
/// <param name="LiveAnnotations">An edit's annotations as the Ingress had them when the wizard opened (see <c>IngressWizard</c>).</param>
public sealed record ParkedIngress(
    IngressDraft Draft, int Step, bool NewNamespace, int RuleIndex, int PathIndex, string ReturnUrl,
    string? ChosenService = null, string? ChosenPort = null, IReadOnlyDictionary<string, string>? LiveAnnotations = null)
{
    public string IngressName => Draft.Name is { Length: > 0 } name ? $"Ingress '{name}'" : "the new Ingress";

    /// <summary>The draft as it was left, with the Service made meanwhile chosen in the path that asked for it.</summary>
    public IngressDraft DraftWithChosenService()
    {
        if (ChosenService is { } service && Draft.Rules.ElementAtOrDefault(RuleIndex)?.Paths.ElementAtOrDefault(PathIndex) is { } path)
        {
            path.ServiceName = service;
            path.ServicePort = ChosenPort ?? "";
        }
        return Draft;
    }

    /// <summary>A path relative to the app's base ("clusters/…"): never another site, not even a protocol-relative "//host".</summary>
    public bool ReturnsLocally =>
        Uri.TryCreate(ReturnUrl, UriKind.Relative, out _) && !ReturnUrl.StartsWith('/') && !ReturnUrl.StartsWith('\\');
}
