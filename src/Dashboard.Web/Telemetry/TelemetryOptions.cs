namespace Dashboard.Web.Telemetry;

/// <summary><c>Dashboard:Telemetry</c>: where metrics and traces go. Nothing leaves the process unless set (docs/telemetry.md). Checked by <see cref="TelemetryOptionsValidator"/>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Dashboard:Telemetry";

    public PrometheusScrapeOptions Prometheus { get; set; } = new();

    /// <summary>
    /// An OpenTelemetry collector to send traces and metrics to, such as http://otel-collector:4317; the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> works too. None: nothing is sent.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318), for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";
}
