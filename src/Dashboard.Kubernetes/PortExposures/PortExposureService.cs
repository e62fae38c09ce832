using System.Globalization;
using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.PortExposures;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.PortExposures;

/// <summary>
/// "Expose a TCP/UDP port" where L4 goes through ingress-nginx: one key per external port in its tcp-services or
/// udp-services ConfigMap. That ConfigMap is shared by everyone on the cluster, so every change is a read-modify-
/// replace on the read resourceVersion (<see cref="OptimisticUpdate"/>): a concurrent edit is never overwritten.
/// </summary>
public sealed class PortExposureService(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, DraftChecks checks)
{
    public const string NginxNamespace = "ingress-nginx";

    private readonly ChangeAudit audit = new(registry, auditLog);

    /// <summary>
    /// Test seam: runs between reading the ConfigMap and replacing it, so a test can make someone else's write land
    /// exactly there, every time, instead of hoping a race hits the window.
    /// </summary>
    internal Func<CancellationToken, Task>? BetweenReadAndReplace { get; set; }

    public static string ConfigMapName(string protocol) => NormalizeProtocol(protocol) == "UDP" ? "udp-services" : "tcp-services";

    /// <summary>Both protocols' entries, by protocol then port. A ConfigMap that is not installed has none.</summary>
    /// <exception cref="ApiServerRejectedException">the API server refused the read (403, say).</exception>
    public async Task<IReadOnlyList<PortExposure>> ListAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var entries = new List<PortExposure>();
        foreach (var protocol in new[] { "TCP", "UDP" })
        {
            var map = await KubernetesCalls.RejectedAsAsync(() => KubernetesCalls.ReadOrNullAsync(
                () => client.CoreV1.ReadNamespacedConfigMapAsync(ConfigMapName(protocol), NginxNamespace, cancellationToken: cancellationToken)));
            entries.AddRange((map?.Data ?? new Dictionary<string, string>())
                .Select(pair => PortExposure.Parse(protocol, pair.Key, pair.Value))
                .OfType<PortExposure>()
                .OrderBy(e => e.ExternalPort));
        }
        return entries;
    }

    /// <exception cref="ForbiddenException">the actor may not change networking (checked before the draft).</exception>
    /// <exception cref="FluentValidation.ValidationException">
    /// the draft is invalid; nothing reached the cluster. Errors per field, and a message of plain sentences a UI
    /// shows as is (see <see cref="DraftChecks.ThrowIfInvalidAsync(Guid, PortExposureDraft, CancellationToken)"/>).
    /// </exception>
    /// <exception cref="PortTakenException">the external port is already exposed for that protocol.</exception>
    /// <exception cref="IngressNginxConfigMapMissingException"/>
    /// <exception cref="ApiServerRejectedException">refused by the API server, or 409 when the ConfigMap kept changing.</exception>
    public Task<PortExposure> ExposeAsync(Guid clusterId, PortExposureDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.PortExpose, clusterId, draft.Namespace, draft.ServiceName, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            await checks.ThrowIfInvalidAsync(clusterId, draft, cancellationToken);
            var protocol = NormalizeProtocol(draft.Protocol);
            var key = Key(draft.ExternalPort);
            var value = PortExposure.ValueFor(draft.Namespace, draft.ServiceName, draft.ServicePort);
            await EditAsync(clusterId, protocol, data =>
            {
                // Checked on every attempt: the port may have been taken by the write that made us retry.
                if (data.TryGetValue(key, out var existing))
                    throw new PortTakenException(PortExposure.Parse(protocol, key, existing)!);
                data[key] = value;
            }, cancellationToken);
            var exposed = PortExposure.Parse(protocol, key, value)!;
            return (exposed, $"Exposed {key}/{protocol} for {value}");
        }, cancellationToken);
    }

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="IngressNginxConfigMapMissingException"/>
    /// <exception cref="ApiServerRejectedException">404 when the port is not exposed; refused or kept changing otherwise.</exception>
    public Task RemoveAsync(Guid clusterId, string protocol, int externalPort, Actor actor, CancellationToken cancellationToken)
    {
        var normalized = NormalizeProtocol(protocol);
        var key = Key(externalPort);
        return audit.RunAsync(actor, AuditActions.PortRemove, clusterId, NginxNamespace, $"{key}/{normalized}", async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            string removed = "";
            await EditAsync(clusterId, normalized, data =>
            {
                if (!data.Remove(key, out var value))
                    throw new ApiServerRejectedException(404, $"port {key}/{normalized} is not exposed through ingress-nginx");
                removed = value;
            }, cancellationToken);
            return (true, $"Removed {key}/{normalized} (was {removed})");
        }, cancellationToken);
    }

    /// <summary>Read, change the data, replace with the read resourceVersion; on a conflict, all of it again.</summary>
    private async Task EditAsync(Guid clusterId, string protocol, Action<IDictionary<string, string>> change, CancellationToken cancellationToken)
    {
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var name = ConfigMapName(protocol);
        await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
        {
            var map = await KubernetesCalls.ReadOrNullAsync(
                () => client.CoreV1.ReadNamespacedConfigMapAsync(name, NginxNamespace, cancellationToken: cancellationToken))
                ?? throw new IngressNginxConfigMapMissingException(name);
            map.Data ??= new Dictionary<string, string>();
            change(map.Data);
            if (BetweenReadAndReplace is { } hook)
                await hook(cancellationToken);
            return await client.CoreV1.ReplaceNamespacedConfigMapAsync(map, name, NginxNamespace, cancellationToken: cancellationToken);
        }, $"ConfigMap {NginxNamespace}/{name}"));
    }

    private static string Key(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static string NormalizeProtocol(string protocol) =>
        protocol.Trim().ToUpperInvariant() switch
        {
            "UDP" => "UDP",
            "TCP" => "TCP",
            _ => throw new ArgumentException($"Protocol '{protocol}' is not TCP or UDP.", nameof(protocol)),
        };
}
