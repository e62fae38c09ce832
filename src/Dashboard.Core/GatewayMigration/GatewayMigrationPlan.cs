using Dashboard.Core.Gateways;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// The Gateway API objects that do what an Ingress does, and an account of every part of the Ingress: each annotation
/// appears in <see cref="Translated"/> or <see cref="NotTranslated"/>, and every field that could not be carried over
/// is in <see cref="NotTranslated"/> with what to do instead.
/// </summary>
/// <param name="NewGateway">The Gateway to create; null when the routes attach to an existing one.</param>
/// <param name="Routes">The routes to create next to the Ingress (the Ingress stays until the user deletes it).</param>
/// <param name="Notices">Differences in behaviour worth reading that need no action.</param>
public sealed record GatewayMigrationPlan(
    GatewayDraft? NewGateway,
    IReadOnlyList<HttpRouteDraft> Routes,
    IReadOnlyList<TranslatedItem> Translated,
    IReadOnlyList<NotTranslatedItem> NotTranslated,
    IReadOnlyList<string> Notices);
