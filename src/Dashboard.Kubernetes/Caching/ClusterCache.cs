using Dashboard.Core.Support;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// Every cached kind of one cluster, started together and stopped together. The kinds' loops write; readers
/// take snapshots. Lives from the first read until it is idle, or its cluster is edited or deleted.
/// </summary>
internal sealed partial class ClusterCache : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ClusterHealth health;
    private readonly Func<CancellationToken, Task>[] loops;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Action changed;
    private Task running = Task.CompletedTask;
    private int readers;
    private long lastUsed;
    private long version;
    private int stopped;
    private FactsMemo? facts;

    public ClusterCache(
        Guid clusterId, ClusterConnection connection, CacheOptions options, TimeProvider clock, ILogger logger, Action changed, DashboardMetrics metrics)
    {
        ClusterId = clusterId;
        this.clock = clock;
        this.logger = logger;
        this.changed = changed;
        lastUsed = clock.GetTimestamp();
        Namespaces = new(OnChanged);
        Nodes = new(OnChanged);
        Services = new(OnChanged);
        EndpointSlices = new(OnChanged);
        Pods = new(OnChanged);
        ServiceEvents = new(OnChanged);
        IngressEvents = new(OnChanged);
        Ingresses = new(OnChanged);
        IngressClasses = new(OnChanged);
        NginxConfigMaps = new(OnChanged);
        AddressPools = new(OnChanged);
        GatewayClasses = new(OnChanged);
        Gateways = new(OnChanged);
        HttpRoutes = new(OnChanged);
        GrpcRoutes = new(OnChanged);
        TcpRoutes = new(OnChanged);
        UdpRoutes = new(OnChanged);
        TlsRoutes = new(OnChanged);
        health = new ClusterHealth(KindCount, clock, OnStatusChanged);
        loops = CreateLoops(connection, options, metrics);
    }

    public Guid ClusterId { get; }

    public CacheStatus Status => health.Status;

    public bool IsStopped => Volatile.Read(ref stopped) == 1;

    public void Start() =>
        running = Task.WhenAll(loops.Select(loop => Task.Run(() => loop(stopping.Token), CancellationToken.None)));

    /// <summary>A reader arrives; the cache is not idle while any reader is inside.</summary>
    public void Enter()
    {
        Interlocked.Increment(ref readers);
        Volatile.Write(ref lastUsed, clock.GetTimestamp());
    }

    public void Exit()
    {
        Volatile.Write(ref lastUsed, clock.GetTimestamp());
        Interlocked.Decrement(ref readers);
    }

    public bool IsIdle(TimeSpan timeout) =>
        Volatile.Read(ref readers) == 0 && clock.GetElapsedTime(Volatile.Read(ref lastUsed)) >= timeout;

    /// <summary>
    /// Waits for every kind's first LIST. False when the cache stopped meanwhile (the caller starts a new one).
    /// </summary>
    /// <exception cref="ClusterUnavailableException">a kind has never been listed: the data would be partial.</exception>
    public async Task<bool> WaitLoadedAsync(CancellationToken cancellationToken)
    {
        await health.FirstAttempts.WaitAsync(cancellationToken);
        if (IsStopped)
            return false;
        if (!health.AllLoaded)
            throw new ClusterUnavailableException(health.Status.Error ?? "The cluster's resources could not be read.");
        return true;
    }

    /// <summary>The facts, rebuilt only when something changed since the last time they were asked for.</summary>
    public ClusterFacts Facts()
    {
        var current = Volatile.Read(ref version);
        if (Volatile.Read(ref facts) is { } memo && memo.Version == current)
            return memo.Facts;
        var built = ClusterFactsBuilder.Build(this);
        Volatile.Write(ref facts, new FactsMemo(current, built));
        return built;
    }

    /// <summary>Stops: cancels the watches at once (before the client is disposed), then waits for the loops to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await stopping.CancelAsync();
            health.Stopped();
        }
        try
        {
            await running;
        }
        catch (Exception e)
        {
            // The loops end quietly on cancellation; anything else is a bug worth seeing, not a reason to fail a stop.
            logger.LogWarning(e, "A watch loop of cluster {ClusterId} failed", ClusterId);
        }
        stopping.Dispose();
    }

    private void OnChanged()
    {
        Interlocked.Increment(ref version);
        changed();
    }

    private void OnStatusChanged(CacheStatus status)
    {
        if (IsStopped)
            return;
        logger.LogInformation("Caches of cluster {ClusterId}: {State}", ClusterId, status.State);
        OnChanged();
    }

    private sealed record FactsMemo(long Version, ClusterFacts Facts);
}
