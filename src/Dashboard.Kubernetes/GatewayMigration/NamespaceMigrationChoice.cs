namespace Dashboard.Kubernetes.GatewayMigration;

/// <summary>Where the Ingresses of a namespace move to: one Gateway for all of them, new or existing, and which Ingresses.</summary>
/// <param name="GatewayClassName">The class of the new Gateway (with an existing Gateway, its own class is used).</param>
/// <param name="GatewayName">
/// An existing Gateway (<c>name</c> in the namespace, or <c>namespace/name</c>); a name no Gateway has yet is the new
/// Gateway's; null makes a new one named <c>&lt;namespace&gt;-gateway</c>.
/// </param>
/// <param name="Ingresses">The Ingresses to move; null or empty moves every Ingress of the namespace.</param>
public sealed record NamespaceMigrationChoice(string GatewayClassName, string? GatewayName = null, IReadOnlyList<string>? Ingresses = null);
