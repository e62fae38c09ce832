using Dashboard.Core.Gateways;

namespace Dashboard.Core.GatewayMigration;

/// <summary>The Gateway the routes attach to: a new one with the listeners the Ingress needs, or an existing one as it is.</summary>
internal sealed class GatewayTarget
{
    private GatewayTarget(string ns, string name, IReadOnlyList<GatewayListenerDraft> listeners, GatewayDraft? newGateway)
    {
        Namespace = ns;
        Name = name;
        Listeners = listeners;
        NewGateway = newGateway;
    }

    public string Namespace { get; }

    public string Name { get; }

    public IReadOnlyList<GatewayListenerDraft> Listeners { get; }

    public GatewayDraft? NewGateway { get; }

    public bool IsNew => NewGateway is not null;

    public string Describe() => $"{Namespace}/{Name}";

    public static GatewayTarget Existing(GatewayDraft gateway) => new(gateway.Namespace, gateway.Name, gateway.Listeners, null);

    /// <summary>A Gateway in the Ingress's namespace with the listeners its hosts and TLS entries need (<see cref="GatewayListeners"/>).</summary>
    public static GatewayTarget New(GatewayMigrationRequest request, IReadOnlyList<TlsEntry> tls, MigrationReport report)
    {
        var ingress = request.Ingress;
        var gateway = new GatewayDraft
        {
            Namespace = ingress.Namespace,
            Name = string.IsNullOrWhiteSpace(request.NewGatewayName) ? ObjectNames.WithSuffix(ingress.Name, "-gateway") : request.NewGatewayName.Trim(),
            ClassName = request.GatewayClassName,
            Listeners = GatewayListeners.For(tls.Select(entry => (ingress.Name, entry)), report.Notices.Add),
        };
        return new GatewayTarget(gateway.Namespace, gateway.Name, gateway.Listeners, gateway);
    }

    /// <summary>
    /// A new Gateway that several Ingresses of a namespace move to: its listeners are already made for all of them,
    /// and each Ingress's cert-manager annotations go on it.
    /// </summary>
    public static GatewayTarget Shared(GatewayDraft gateway) => new(gateway.Namespace, gateway.Name, gateway.Listeners, gateway);

    /// <summary>Whether a listener lets routes of <paramref name="routeNamespace"/> attach (a label selector is taken on trust).</summary>
    public bool Allows(GatewayListenerDraft listener, string routeNamespace) =>
        listener.AllowedRoutes != RouteNamespaces.Same || string.Equals(Namespace, routeNamespace, StringComparison.Ordinal);
}
