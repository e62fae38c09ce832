namespace Dashboard.Kubernetes.GatewayMigration;

/// <summary>Where an Ingress moves to: a GatewayClass of the cluster, and an existing Gateway or the name of a new one.</summary>
/// <param name="GatewayClassName">The class of the new Gateway (with an existing Gateway, its own class is used).</param>
/// <param name="GatewayName">
/// An existing Gateway (<c>name</c> in the Ingress's namespace, or <c>namespace/name</c>) the routes attach to; a name no
/// Gateway has yet is the new Gateway's; null makes a new one named <c>&lt;ingress&gt;-gateway</c>.
/// </param>
public sealed record GatewayMigrationChoice(string GatewayClassName, string? GatewayName = null);
