using Dashboard.Kubernetes.Telemetry;

namespace Dashboard.Kubernetes.Caching;

/// <summary>Whose watch a kind's loop runs, as the metrics label it: the cluster and the kind's label.</summary>
internal sealed record KindTelemetry(DashboardMetrics Metrics, Guid ClusterId, string Kind);
