namespace Dashboard.Sandbox;

/// <summary>
/// Measurements and fault injection, for the dashboard's cache tests and benchmarks: what a real
/// API server does to its clients when it restarts, compacts its history or goes away.
/// </summary>
public sealed partial class SandboxCluster
{
    /// <summary>
    /// HTTP requests served so far, health probes excluded: for benchmarks and "requests per page
    /// view" tests. Nothing is served, so nothing counts, while <see cref="Unreachable"/>.
    /// </summary>
    public long RequestCount => api.RequestCount;

    /// <summary>Requests to one API group's paths, e.g. <c>/apis/gateway.networking.k8s.io</c>.</summary>
    public long RequestsTo(string groupPath) => api.RequestsTo(groupPath);

    /// <summary>Bytes of response bodies written so far (watch streams included, health probes excluded).</summary>
    public long ResponseBytes => api.ResponseBytes;

    /// <summary>The cluster's newest resourceVersion: it stops moving once the simulated controllers have settled.</summary>
    public long Revision => store.Revision;

    /// <summary>
    /// While true the cluster looks down: every connection is closed without a response, new ones
    /// before the TLS handshake, so API calls, <c>/version</c> and health probes alike fail with a
    /// connection error (no HTTP status), over HTTP/1.1 and HTTP/2. Setting it true cuts open
    /// connections, so open watches break; setting it back to false makes the cluster answer again.
    /// </summary>
    public bool Unreachable
    {
        get => api.Unreachable;
        set => api.Unreachable = value;
    }

    /// <summary>
    /// Ends every open watch stream now, cleanly, as when an API server restarts: clients see the
    /// stream end and watch again. The cluster's own controllers keep running.
    /// </summary>
    public void DropWatches() => watches.Cut();

    /// <summary>
    /// Forgets the retained history, like an etcd compaction: a watch resuming from any
    /// resourceVersion handed out so far gets a 410 Gone <c>ERROR</c> event (reason Expired), and a
    /// list continuing with an earlier <c>continue</c> token gets 410 Gone. Lists and watches
    /// started afresh work as before.
    /// </summary>
    public void ExpireHistory() => store.ExpireHistory();
}
