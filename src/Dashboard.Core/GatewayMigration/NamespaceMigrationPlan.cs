using Dashboard.Core.Gateways;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>The Gateway API objects for the Ingresses of a namespace, one Gateway for all, and the account of each Ingress.</summary>
/// <param name="NewGateway">The Gateway to create; null when the routes attach to an existing one.</param>
/// <param name="Ingresses">Each moved Ingress with its routes and what could not be carried over, in the request's order.</param>
/// <param name="LeftOut">The Ingresses not moved on their own: canaries (they join their main Ingress's routes) and unreadable ones.</param>
/// <param name="Notices">What concerns the shared Gateway rather than one Ingress.</param>
public sealed record NamespaceMigrationPlan(
    GatewayDraft? NewGateway,
    IReadOnlyList<IngressMigration> Ingresses,
    IReadOnlyList<LeftOutIngress> LeftOut,
    IReadOnlyList<string> Notices)
{
    /// <summary>Every route of every Ingress, in order.</summary>
    public IReadOnlyList<HttpRouteDraft> Routes => [.. Ingresses.SelectMany(i => i.Routes)];
}

/// <summary>One Ingress of a namespace move: its routes (names unique across the namespace) and its account.</summary>
public sealed record IngressMigration(
    string Ingress,
    IReadOnlyList<HttpRouteDraft> Routes,
    IReadOnlyList<TranslatedItem> Translated,
    IReadOnlyList<NotTranslatedItem> NotTranslated,
    IReadOnlyList<string> Notices);
