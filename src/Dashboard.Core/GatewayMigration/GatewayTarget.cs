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

    /// <summary>
    /// A Gateway in the Ingress's namespace: HTTP on 80 for every host, and an HTTPS listener on 443 for each host of
    /// each TLS entry (one without a hostname for an entry that lists no hosts), its certificate the entry's Secret.
    /// </summary>
    public static GatewayTarget New(GatewayMigrationRequest request, IReadOnlyList<TlsEntry> tls, MigrationReport report)
    {
        var ingress = request.Ingress;
        var https = new List<(string? Host, TlsEntry Entry)>();
        foreach (var entry in tls)
        {
            foreach (var host in entry.Hosts.Count == 0 ? new string?[] { null } : entry.Hosts.Cast<string?>())
            {
                if (https.Any(h => string.Equals(h.Host, host, StringComparison.OrdinalIgnoreCase)))
                {
                    report.Notices.Add($"{entry.FieldPath}: {host ?? "every host"} is already covered by an earlier TLS entry, whose certificate the listener uses, as ingress-nginx does.");
                    continue;
                }
                https.Add((host, entry));
            }
        }
        var listeners = new List<GatewayListenerDraft> { new() { Name = "http", Protocol = ListenerProtocols.Http, Port = 80 } };
        listeners.AddRange(https.Select((h, i) => new GatewayListenerDraft
        {
            Name = https.Count == 1 ? "https" : $"https-{i + 1}",
            Protocol = ListenerProtocols.Https,
            Port = 443,
            Hostname = h.Host,
            CertificateSecretName = h.Entry.SecretName,
        }));
        var gateway = new GatewayDraft
        {
            Namespace = ingress.Namespace,
            Name = string.IsNullOrWhiteSpace(request.NewGatewayName) ? ObjectNames.WithSuffix(ingress.Name, "-gateway") : request.NewGatewayName.Trim(),
            ClassName = request.GatewayClassName,
            Listeners = listeners,
        };
        return new GatewayTarget(gateway.Namespace, gateway.Name, gateway.Listeners, gateway);
    }

    /// <summary>Whether a listener lets routes of <paramref name="routeNamespace"/> attach (a label selector is taken on trust).</summary>
    public bool Allows(GatewayListenerDraft listener, string routeNamespace) =>
        listener.AllowedRoutes != RouteNamespaces.Same || string.Equals(Namespace, routeNamespace, StringComparison.Ordinal);
}
