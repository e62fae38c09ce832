using OpenTelemetry.Exporter;

namespace Dashboard.Web.Telemetry;

/// <summary>
/// Where traces and metrics are sent, if anywhere: <c>Dashboard:Telemetry:OtlpEndpoint</c>, else the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, else nowhere. Decided when services are registered (an exporter cannot be
/// added later), so it is read from the builder's configuration; <see cref="TelemetryOptionsValidator"/> still
/// checks the setting at start.
/// </summary>
internal sealed record OtlpTarget(Uri? Endpoint, OtlpExportProtocol Protocol)
{
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Null when nothing is configured (the default: nothing is ever sent).</summary>
    public static OtlpTarget? From(IConfiguration configuration)
    {
        var setting = configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.OtlpEndpoint)}"];
        if (!string.IsNullOrWhiteSpace(setting))
        {
            var protocol = ProtocolOf(configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.OtlpProtocol)}"] ?? "grpc");
            // A wrong value stops the start in the validator, with its sentence.
            return IsHttpUrl(setting) && protocol is { } known ? new OtlpTarget(new Uri(setting), known) : null;
        }
        // The exporter reads the standard variables (endpoint, protocol, headers) itself.
        return string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable]) ? null : new OtlpTarget(null, OtlpExportProtocol.Grpc);
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static OtlpExportProtocol? ProtocolOf(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => null,
    };

    /// <summary>The exporter's settings for one signal; http/protobuf takes the signal's own path under the base address.</summary>
    public void Configure(OtlpExporterOptions exporter, string signalPath)
    {
        if (Endpoint is null)
            return;
        exporter.Protocol = Protocol;
        exporter.Endpoint = Protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(Endpoint, signalPath) : Endpoint;
    }
}
