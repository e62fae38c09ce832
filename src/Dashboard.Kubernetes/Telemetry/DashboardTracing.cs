using System.Diagnostics;

namespace Dashboard.Kubernetes.Telemetry;

/// <summary>
/// The dashboard's own spans: one per change an operation sends to a cluster and one per cluster check. Static like
/// every ActivitySource: spans are process-wide, and nothing is recorded unless a tracer listens (an OTLP endpoint
/// is configured, docs/telemetry.md).
/// </summary>
public static class DashboardTracing
{
    public const string SourceName = "Dashboard";

    internal static ActivitySource Source { get; } = new(SourceName);
}
