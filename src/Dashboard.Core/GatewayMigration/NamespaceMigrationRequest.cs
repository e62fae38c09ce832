using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;

namespace Dashboard.Core.GatewayMigration;

/// <summary>What <see cref="NamespaceMigrator.Plan"/> translates: the Ingresses of one namespace, moved to one Gateway.</summary>
public sealed class NamespaceMigrationRequest
{
    public required string Namespace { get; init; }

    /// <summary>The Ingresses to move, in the order the result lists them; canaries among them move with their main Ingress.</summary>
    public required IReadOnlyList<IngressDraft> Ingresses { get; init; }

    /// <summary>Every Ingress of the namespace that could be read, moved or not: the canaries of the moved ones are found among them.</summary>
    public IReadOnlyList<IngressDraft> NamespaceIngresses { get; init; } = [];

    /// <summary>Ingresses of the namespace the dashboard could not read as drafts, with the reason; they are listed as left out.</summary>
    public IReadOnlyList<LeftOutIngress> Unreadable { get; init; } = [];

    /// <summary>The controller of an Ingress's class; null when unknown (then its ingress-nginx annotations are read).</summary>
    public Func<IngressDraft, string?> ControllerOf { get; init; } = _ => null;

    /// <inheritdoc cref="GatewayMigrationRequest.ResolvePort"/>
    public ServicePortResolver ResolvePort { get; init; } = (_, _) => null;

    /// <summary>The GatewayClass of the new Gateway.</summary>
    public required string GatewayClassName { get; init; }

    /// <summary>A Gateway of the cluster every route attaches to; null makes one new Gateway for all of them.</summary>
    public GatewayDraft? ExistingGateway { get; init; }

    /// <summary>The name of the new Gateway; null suggests <c>&lt;namespace&gt;-gateway</c>.</summary>
    public string? NewGatewayName { get; init; }

    /// <inheritdoc cref="GatewayMigrationRequest.HostnameDomain"/>
    public string HostnameDomain { get; init; } = "sslip.io";
}

/// <summary>An Ingress of the namespace that is not moved on its own, and why.</summary>
public sealed record LeftOutIngress(string Name, string Why);
