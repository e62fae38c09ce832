using System.Collections.Concurrent;
using Dashboard.Core.Clusters;
using Dashboard.Core.Hostnames;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>
/// Keeps generated hostnames of ingresses and HTTPRoutes right in every registered cluster, whether or not anyone has a page open: fills in
/// placeholders (the wizard's, Rancher's or a Helm chart's <c>host: sslip.io</c>) once an address appears,
/// regenerates when the address or the domain changes. Driven by the watch caches: a change in a cluster triggers
/// one pass over its cached ingresses and HTTPRoutes, which sends nothing unless one needs a write. A sweep
/// (<see cref="HostnameOptions.ReconcileSweep"/>) picks up newly registered clusters and restarts stopped caches.
/// </summary>
public sealed partial class HostnameReconciler(
    IClusterRegistry registry,
    WatchCacheRegistry caches,
    ClusterClients clients,
    ClusterRegistrationService registrations,
    HostnameService hostnames,
    HttpRouteHostnameService routeHostnames,
    IOptions<HostnameOptions> options,
    TimeProvider clock,
    ILogger<HostnameReconciler> logger,
    DashboardMetrics metrics,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, ClusterWork> clusters = new();

    /// <summary>Ingresses and routes whose write failed, with the state they failed in: not retried until that state changes.</summary>
    private readonly ConcurrentDictionary<(Guid Cluster, string Kind, string Namespace, string Name), string> failures = new();

    private CancellationToken stopping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Reconcile)
            return;
        stopping = stoppingToken;
        try
        {
            // In the app, start-up work (migrations, the sandbox's registration) finishes first: sweeping before
            // would find no table, or no cluster, and wait a whole sweep period.
            if (lifetime is not null)
                await WhenStartedAsync(lifetime, stoppingToken);
            // A new, edited or reconnected cluster is followed at once, not at the next sweep.
            caches.Started += Watch;
            registrations.Registered += Watch;
            clients.Invalidated += Watch;
            using var timer = new PeriodicTimer(options.Value.ReconcileSweep, clock);
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            caches.Started -= Watch;
            registrations.Registered -= Watch;
            clients.Invalidated -= Watch;
            foreach (var work in clusters.Values)
                work.Subscription?.Dispose();
        }
    }

    private static async Task WhenStartedAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ClusterSummary> registered;
        try
        {
            registered = await registry.ListAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSweepFailed(e.Message);
            return;
        }
        var ids = registered.Select(c => c.Id).ToHashSet();
        foreach (var gone in clusters.Keys.Where(id => !ids.Contains(id)))
        {
            if (clusters.TryRemove(gone, out var work))
                work.Subscription?.Dispose();
            foreach (var key in failures.Keys.Where(k => k.Cluster == gone))
                failures.TryRemove(key, out _);
        }
        foreach (var id in ids)
            Watch(id); // also (re)starts the caches of a cluster that was edited or was unreachable
    }

    /// <summary>Follows a cluster's changes from now on (idempotent) and schedules a pass over it.</summary>
    private void Watch(Guid id)
    {
        var work = clusters.GetOrAdd(id, _ => new ClusterWork());
        lock (work)
            work.Subscription ??= caches.Subscribe(id, () => MarkDirty(id));
        MarkDirty(id);
    }

    /// <summary>One pass per cluster at a time; changes during a pass cause exactly one more.</summary>
    private void MarkDirty(Guid id)
    {
        if (stopping.IsCancellationRequested || !clusters.TryGetValue(id, out var work))
            return;
        Interlocked.Exchange(ref work.Dirty, 1);
        if (Interlocked.CompareExchange(ref work.Running, 1, 0) == 0)
            _ = Task.Run(() => RunAsync(id, work));
    }

    private async Task RunAsync(Guid id, ClusterWork work)
    {
        try
        {
            while (Interlocked.Exchange(ref work.Dirty, 0) == 1 && !stopping.IsCancellationRequested)
                await ReconcileClusterAsync(id);
        }
        finally
        {
            Volatile.Write(ref work.Running, 0);
            if (Volatile.Read(ref work.Dirty) == 1)
                MarkDirty(id);
        }
    }

    private async Task ReconcileClusterAsync(Guid id)
    {
        var domain = hostnames.Domain;
        List<DueWrite> due;
        try
        {
            due = await caches.ReadAsync(id, c => DueWrites(c, domain).ToList(), stopping);
        }
        catch (Exception e) when (e is ClusterUnavailableException or ClusterNotFoundException or ObjectDisposedException)
        {
            LogClusterSkipped(id, e.Message);
            return;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }

        foreach (var write in due)
        {
            var key = (id, write.Kind, write.Namespace, write.Name);
            if (failures.TryGetValue(key, out var failedAt) && failedAt == write.Signature)
                continue;
            try
            {
                var result = write.Kind == IngressKind
                    ? await hostnames.ReconcileAsync(id, write.Namespace, write.Name, stopping)
                    : await routeHostnames.ReconcileAsync(id, write.Namespace, write.Name, stopping);
                failures.TryRemove(key, out _);
                if (result.Changed)
                {
                    metrics.HostnameWritten(id);
                    LogWritten(write.Kind, write.Namespace, write.Name, id, result.Message);
                }
            }
            catch (Exception e) when (e is ApiServerRejectedException or ClusterNotFoundException)
            {
                metrics.HostnameWriteFailed(id, e is ApiServerRejectedException rejected ? rejected.StatusCode.ToString() : "cluster_not_found");
                // A conflict means others kept writing the object (a controller updating status): the next pass,
                // which their writes trigger, tries again. Any other refusal waits until the object's state changes.
                if (e is not ApiServerRejectedException { StatusCode: 409 })
                    failures[key] = write.Signature;
                LogWriteFailed(write.Kind, write.Namespace, write.Name, id, e.Message);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private const string IngressKind = "Ingress";
    private const string HttpRouteKind = "HTTPRoute";

    /// <summary>An object whose hostnames would change, with the state it was judged in.</summary>
    private sealed record DueWrite(string Kind, string Namespace, string Name, string Signature);

    private static IEnumerable<DueWrite> DueWrites(ClusterCache cache, string domain)
    {
        foreach (var ingress in cache.Ingresses.Items.Values.Select(e => e.Info).Where(i => NeedsWrite(i, domain)))
            yield return new DueWrite(IngressKind, ingress.Namespace, ingress.Name, Signature(ingress, domain));
        foreach (var route in cache.HttpRoutes.Items.Values)
        {
            var input = RouteHostnames.InputOf(cache, route, domain);
            if (RouteHostnames.WouldChange(route.Info, input.Requested, RouteHostnamePlanner.Plan(input)))
                yield return new DueWrite(HttpRouteKind, route.Info.Namespace, route.Info.Name, Signature(input));
        }
    }

    /// <summary>Decided on the cached object: only an ingress whose hosts or annotations would change is written.</summary>
    public static bool NeedsWrite(IngressInfo ingress, string domain)
    {
        var plan = HostnamePlanner.Plan(
            IngressHostnames.InputOf(ingress.Name, ingress.Namespace, ingress.Addresses, ingress.Hostnames, domain, oneClick: false));
        return IngressHostnames.WouldChange(ingress.Hostnames, ingress.TlsHosts, plan);
    }

    private static string Signature(IngressInfo ingress, string domain) => string.Join('|',
        domain, string.Join(',', ingress.Hostnames.RuleHosts), string.Join(',', ingress.Hostnames.GeneratedHosts), ingress.Hostnames.Requested,
        string.Join(',', ingress.Addresses.Select(a => a.Ip ?? a.Hostname)), string.Join(',', ingress.TlsHosts));

    private static string Signature(RouteHostnameInput route) => string.Join('|',
        route.Domain, string.Join(',', route.Hostnames), string.Join(',', route.GeneratedHosts.Order(StringComparer.Ordinal)), route.Requested,
        string.Join(',', route.GatewayAddresses.Select(a => a.Value)), string.Join(',', route.Listeners.Select(l => l.Hostname)));

    private sealed class ClusterWork
    {
        public int Dirty;
        public int Running;
        public IDisposable? Subscription;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated hostname for {Kind} {Namespace}/{Name} in cluster {ClusterId}: {Message}")]
    private partial void LogWritten(string kind, string @namespace, string name, Guid clusterId, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the generated hostname of {Kind} {Namespace}/{Name} in cluster {ClusterId}; retried when it changes: {Message}")]
    private partial void LogWriteFailed(string kind, string @namespace, string name, Guid clusterId, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hostname reconciliation skipped cluster {ClusterId} until the next sweep: {Message}")]
    private partial void LogClusterSkipped(Guid clusterId, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hostname reconciliation could not list the registered clusters: {Message}")]
    private partial void LogSweepFailed(string message);
}
