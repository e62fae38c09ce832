using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Dashboard.Kubernetes.Telemetry;

/// <summary>
/// The dashboard's own instruments, on one <see cref="Meter"/> named <see cref="MeterName"/> (created through
/// <see cref="IMeterFactory"/>, so each app container has its own). docs/telemetry.md lists them with their tags.
/// Labels are bounded and never secret: cluster ids and names (bounded by the registry), verbs, resource kinds,
/// status classes and error type names; never a user name, token, kubeconfig, path or query.
/// </summary>
public sealed class DashboardMetrics
{
    public const string MeterName = "Dashboard";

    public const string ClusterIdTag = "cluster.id";
    public const string ClusterNameTag = "cluster.name";
    public const string KindTag = "kind";
    public const string ErrorTypeTag = "error.type";

    /// <summary>The error type of a request the dashboard itself stopped (a cache stopped, a page closed): not an error.</summary>
    public const string Canceled = "canceled";

    private readonly Meter meter;
    private readonly ConcurrentDictionary<Guid, string> clusterNames = new();
    private readonly Counter<long> requests;
    private readonly Counter<long> requestErrors;
    private readonly Histogram<double> requestDuration;
    private readonly Counter<long> watchRestarts;
    private readonly Counter<long> hostnameWrites;
    private readonly Counter<long> hostnameWriteFailures;
    private readonly Counter<long> signInFailures;
    private readonly UpDownCounter<long> openCircuits;
    private int cacheSizesObserved;

    public DashboardMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        requests = meter.CreateCounter<long>("dashboard.kubernetes.requests", "{request}",
            "Requests sent to the clusters' API servers, watches included.");
        requestErrors = meter.CreateCounter<long>("dashboard.kubernetes.request.errors", "{request}",
            "Requests to an API server that got no answer, or an answer of 401, 403, 429 or 5xx.");
        requestDuration = meter.CreateHistogram<double>("dashboard.kubernetes.request.duration", "s",
            "Time until an API server's response headers arrived, for every request but watches.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 15] });
        watchRestarts = meter.CreateCounter<long>("dashboard.watch.restarts", "{restart}",
            "Watches of a cached kind started again: the stream ended, its history expired (410) or it failed.");
        hostnameWrites = meter.CreateCounter<long>("dashboard.hostnames.reconciler.writes", "{write}",
            "Ingresses the background hostname reconciler changed.");
        hostnameWriteFailures = meter.CreateCounter<long>("dashboard.hostnames.reconciler.failures", "{failure}",
            "Ingress writes of the background hostname reconciler that failed.");
        signInFailures = meter.CreateCounter<long>("dashboard.signin.failures", "{failure}",
            "Refused sign-ins: wrong passwords, locked or disabled users, unknown or expired API tokens.");
        openCircuits = meter.CreateUpDownCounter<long>("dashboard.circuits.open", "{circuit}",
            "Blazor circuits (browser tabs) open on this server, including disconnected ones still kept for reconnection.");
    }

    /// <summary>The handler that counts a cluster's requests; one per client (a handler belongs to one pipeline).</summary>
    public DelegatingHandler RequestHandler(Guid clusterId, string clusterName)
    {
        clusterNames[clusterId] = clusterName;
        return new KubernetesRequestMetricsHandler(this, clusterId, clusterName);
    }

    /// <summary>The name the cluster had when its client was last built; the id alone until then.</summary>
    public string ClusterName(Guid clusterId) => clusterNames.TryGetValue(clusterId, out var name) ? name : "";

    internal void RecordRequest(Guid clusterId, string clusterName, string method, KubernetesRequestShape shape, int? status, string? errorType, TimeSpan? duration)
    {
        var tags = new TagList
        {
            { ClusterIdTag, clusterId.ToString() },
            { ClusterNameTag, clusterName },
            { "http.request.method", method },
            { "k8s.verb", shape.Verb },
            { "k8s.resource", shape.Resource },
        };
        tags.Add(status is { } code ? new("http.response.status_class", $"{code / 100}xx") : new(ErrorTypeTag, errorType));
        requests.Add(1, tags);
        if (duration is { } elapsed)
            requestDuration.Record(elapsed.TotalSeconds, tags);
        var error = status switch
        {
            401 or 403 or 429 or >= 500 => status.Value.ToString(),
            null when errorType != Canceled => errorType,
            _ => null,
        };
        if (error is not null)
        {
            requestErrors.Add(1,
                new(ClusterIdTag, clusterId.ToString()), new(ClusterNameTag, clusterName), new("k8s.resource", shape.Resource), new(ErrorTypeTag, error));
        }
    }

    /// <param name="reason"><c>ended</c>, <c>quiet</c> (ended at once without an event), <c>expired</c> (410 Gone) or <c>failed</c>.</param>
    public void WatchRestarted(Guid clusterId, string kind, string reason) =>
        watchRestarts.Add(1, new(ClusterIdTag, clusterId.ToString()), new(ClusterNameTag, ClusterName(clusterId)), new(KindTag, kind), new("reason", reason));

    /// <summary>Registers the reader of the caches' sizes (the watch cache registry, once per container).</summary>
    public void ObserveCacheSizes(Func<IEnumerable<(Guid ClusterId, string Kind, int Count)>> sizes)
    {
        if (Interlocked.Exchange(ref cacheSizesObserved, 1) == 1)
            throw new InvalidOperationException("The cache sizes are observed once per container.");
        meter.CreateObservableGauge("dashboard.cache.objects", () => sizes().Select(size => new Measurement<long>(size.Count,
                new(ClusterIdTag, size.ClusterId.ToString()), new(ClusterNameTag, ClusterName(size.ClusterId)), new(KindTag, size.Kind))),
            "{object}", "Objects held in the watch caches, per cluster and kind (clusters whose caches are running).");
    }

    public void HostnameWritten(Guid clusterId) =>
        hostnameWrites.Add(1, new(ClusterIdTag, clusterId.ToString()), new(ClusterNameTag, ClusterName(clusterId)));

    public void HostnameWriteFailed(Guid clusterId, string errorType) =>
        hostnameWriteFailures.Add(1, new(ClusterIdTag, clusterId.ToString()), new(ClusterNameTag, ClusterName(clusterId)), new(ErrorTypeTag, errorType));

    /// <param name="method"><c>form</c> (the login page), <c>password</c> (POST /api/v1/auth/token) or <c>api_token</c> (a bearer token).</param>
    /// <param name="reason">A fixed word such as <c>wrong_credentials</c>: never what was typed.</param>
    public void SignInFailed(string method, string reason) =>
        signInFailures.Add(1, new("method", method), new("reason", reason));

    public void CircuitOpened() => openCircuits.Add(1);

    public void CircuitClosed() => openCircuits.Add(-1);
}
