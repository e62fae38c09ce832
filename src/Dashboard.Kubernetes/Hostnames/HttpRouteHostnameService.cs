using System.Net;
using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Hostnames;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Routes.Models;
using Microsoft.Extensions.Options;
using k8s;
using k8s.Autorest;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>
/// Writes generated hostnames into HTTPRoutes (docs/decisions/0018), as <see cref="HostnameService"/> does into
/// ingresses: the one-click action of the route's page and the API, and the reconciler's follow-up when the parent
/// Gateway's address or the domain changes. Each write re-reads the route and its parent Gateways and replaces the
/// route with the resourceVersion it read, so a concurrent edit is redone on the fresh object. Only writes are audited.
/// </summary>
public sealed class HttpRouteHostnameService(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, IOptions<HostnameOptions> options)
{
    private const string Plural = "httproutes";

    public string Domain => options.Value.Domain;

    /// <summary>"Generate hostname": a route without hostnames, with the placeholder or with a generated name gets the name.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when the route does not exist; the API server's refusal.</exception>
    public Task<HostnameResult> GenerateAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.ManageNetworking);
        return WriteAsync(clusterId, ns, name, actor, oneClick: true, cancellationToken);
    }

    /// <summary>The reconciler's pass over one route: placeholders filled, generated names kept right.</summary>
    internal Task<HostnameResult> ReconcileAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken) =>
        WriteAsync(clusterId, ns, name, HostnameService.Reconciler, oneClick: false, cancellationToken);

    private async Task<HostnameResult> WriteAsync(Guid clusterId, string ns, string name, Actor actor, bool oneClick, CancellationToken cancellationToken)
    {
        var domain = Domain;
        IReadOnlyList<string> before = [];
        HostnameResult result;
        try
        {
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            result = await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
            {
                var live = await GatewayApiClient.ReadAsync<V1HttpRoute>(client, Plural, ns, name, cancellationToken);
                var route = RouteConversion.ToEntry(live);
                before = route.Info.Hostnames;
                var gateways = await ParentGatewaysAsync(client, route.Info, cancellationToken);
                var plan = RouteHostnamePlanner.Plan(RouteHostnames.InputOf(
                    route.Info, RouteHostnames.Requested(route.Annotations), (gwNs, gwName) => gateways.GetValueOrDefault((gwNs, gwName)), domain, oneClick));
                if (plan.Outcome is HostnameOutcome.Invalid or HostnameOutcome.ListenerMismatch || !RouteHostnames.Apply(live, plan))
                    return HostnameResult.ForRoute(plan, changed: false, ns, name);
                await GatewayApiClient.ReplaceAsync(client, Plural, live, dryRun: false, cancellationToken);
                return HostnameResult.ForRoute(plan, changed: true, ns, name);
            }, $"HTTPRoute {ns}/{name}"));
        }
        catch (Exception e) when (e is ApiServerRejectedException or ClusterNotFoundException)
        {
            await RecordAsync(actor, clusterId, ns, name, AuditOutcome.Failure, e.Message, CancellationToken.None);
            throw;
        }
        if (result.Changed)
            await RecordAsync(actor, clusterId, ns, name, AuditOutcome.Success, Describe(before, result), cancellationToken);
        return result;
    }

    /// <summary>The parent Gateways as they are now; one that does not exist is left out (the route cannot attach to it).</summary>
    private static async Task<Dictionary<(string, string), GatewayEntry>> ParentGatewaysAsync(IKubernetes client, RouteInfo route, CancellationToken cancellationToken)
    {
        var gateways = new Dictionary<(string, string), GatewayEntry>();
        foreach (var (gwNs, gwName) in route.Parents.Select(p => (p.GatewayNamespace, p.GatewayName)).Distinct())
        {
            try
            {
                gateways[(gwNs, gwName)] = GatewayConversion.ToEntry(await GatewayApiClient.ReadAsync<V1Gateway>(client, "gateways", gwNs, gwName, cancellationToken));
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
            {
            }
        }
        return gateways;
    }

    private static string Describe(IReadOnlyList<string> before, HostnameResult result) => result.Outcome switch
    {
        HostnameOutcome.Generated =>
            $"{(before.Count == 0 ? "(no hostname)" : string.Join(", ", before.Where(h => !string.Equals(h, result.Hostname, StringComparison.Ordinal))))} → {result.Hostname}",
        HostnameOutcome.WaitingForAddress => "Asked for a generated hostname; waiting for the Gateway's address",
        _ => result.Message,
    };

    private async Task RecordAsync(Actor actor, Guid clusterId, string ns, string name, AuditOutcome outcome, string message, CancellationToken cancellationToken)
    {
        var clusterName = (await registry.FindAsync(clusterId, cancellationToken))?.Name;
        await auditLog.RecordAsync(new AuditEvent(actor.UserName, AuditActions.RouteHostnameGenerate, outcome, message, clusterId, clusterName, ns, name), cancellationToken);
    }
}
