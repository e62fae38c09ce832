using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;

namespace Dashboard.Core.GatewayMigration;

/// <summary>What <see cref="GatewayMigrator.Plan"/> translates: one Ingress, the Ingresses that share its hosts, and the target.</summary>
public sealed class GatewayMigrationRequest
{
    /// <summary>The controller of ingress-nginx's IngressClass (<c>spec.controller</c>).</summary>
    public const string IngressNginxController = "k8s.io/ingress-nginx";

    /// <summary>The Ingress to move, as <c>IngressDraftReader</c> reads it from the cluster.</summary>
    public required IngressDraft Ingress { get; init; }

    /// <summary>
    /// The other Ingresses of the namespace that share a host with <see cref="Ingress"/>. Canary Ingresses among them
    /// merge into its rules (weighted backends, header rules); the others are moved on their own and are not read.
    /// </summary>
    public IReadOnlyList<IngressDraft> HostIngresses { get; init; } = [];

    /// <summary>The controller of the Ingress's class; null when unknown (then its ingress-nginx annotations are read).</summary>
    public string? IngressController { get; init; }

    /// <summary>Turns a named Service port into its number; answers null when the Service or the port is not known.</summary>
    public ServicePortResolver ResolvePort { get; init; } = (_, _) => null;

    /// <summary>The GatewayClass of a new Gateway.</summary>
    public required string GatewayClassName { get; init; }

    /// <summary>A Gateway of the cluster the routes attach to (its namespace, name and listeners); null makes a new one.</summary>
    public GatewayDraft? ExistingGateway { get; init; }

    /// <summary>
    /// A new Gateway the Ingresses of a namespace share (<see cref="NamespaceMigrator"/>): its listeners are made for
    /// all of them, and this Ingress's cert-manager annotations are added to it. Null unless the namespace moves.
    /// </summary>
    public GatewayDraft? SharedGateway { get; init; }

    /// <summary>The name of the new Gateway; null suggests <c>&lt;ingress&gt;-gateway</c>.</summary>
    public string? NewGatewayName { get; init; }

    /// <summary>The generated-hostname domain: a rule host exactly equal to it is the placeholder for a generated name.</summary>
    public string HostnameDomain { get; init; } = "sslip.io";
}
