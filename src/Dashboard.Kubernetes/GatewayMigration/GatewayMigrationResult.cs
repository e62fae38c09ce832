using Dashboard.Core.GatewayMigration;

namespace Dashboard.Kubernetes.GatewayMigration;

/// <summary>What moving an Ingress to Gateway API makes (or, on a dry run, would make), and what it could not carry over.</summary>
/// <param name="Manifests">The objects as YAML documents, the Gateway (when new) first.</param>
/// <param name="Created">What was created, as "Kind namespace/name"; empty on a dry run.</param>
/// <param name="GatewayNamespace">The Gateway the routes attach to, new or existing.</param>
public sealed record GatewayMigrationResult(
    string Manifests,
    IReadOnlyList<NotTranslatedItem> NotTranslated,
    IReadOnlyList<TranslatedItem> Translated,
    IReadOnlyList<string> Notices,
    string GatewayNamespace,
    string GatewayName,
    bool NewGateway,
    IReadOnlyList<string> RouteNames,
    IReadOnlyList<string> Created,
    bool DryRun);
