using Dashboard.Core.GatewayMigration;

namespace Dashboard.Kubernetes.GatewayMigration;

/// <summary>What moving the Ingresses of a namespace makes (or, on a dry run, would make), Ingress by Ingress.</summary>
/// <param name="Manifests">Every object as YAML documents, the Gateway (when new) first.</param>
/// <param name="GatewayManifest">The new Gateway's YAML; null when the routes attach to an existing one.</param>
/// <param name="Notices">What concerns the shared Gateway rather than one Ingress.</param>
/// <param name="Created">What was created, as "Kind namespace/name"; empty on a dry run.</param>
public sealed record NamespaceMigrationResult(
    string Namespace,
    string Manifests,
    string? GatewayManifest,
    IReadOnlyList<IngressMoveResult> Ingresses,
    IReadOnlyList<LeftOutIngress> LeftOut,
    IReadOnlyList<string> Notices,
    string GatewayNamespace,
    string GatewayName,
    bool NewGateway,
    IReadOnlyList<string> Created,
    bool DryRun)
{
    /// <summary>Every route of every Ingress, in order.</summary>
    public IReadOnlyList<string> RouteNames => [.. Ingresses.SelectMany(i => i.RouteNames)];
}

/// <summary>One Ingress of a namespace move: its routes as YAML and what could not be carried over.</summary>
public sealed record IngressMoveResult(
    string Ingress,
    string Manifests,
    IReadOnlyList<string> RouteNames,
    IReadOnlyList<NotTranslatedItem> NotTranslated,
    IReadOnlyList<TranslatedItem> Translated,
    IReadOnlyList<string> Notices);
