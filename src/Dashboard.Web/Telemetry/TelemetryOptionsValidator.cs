using Microsoft.Extensions.Options;

namespace Dashboard.Web.Telemetry;

/// <summary>A sentence per wrong <c>Dashboard:Telemetry</c> setting, at start: an endpoint open to anyone, or a collector that cannot be reached, is refused before it serves or sends anything.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    private const string Section = TelemetryOptions.Section;

    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var prometheus = options.Prometheus;
        string?[] checks =
        [
            prometheus.Enabled && !prometheus.HasToken && prometheus.Port is null
                ? $"{Section}:Prometheus:Enabled is true, but neither {Section}:Prometheus:Token (a secret of at least " +
                  $"{PrometheusScrapeOptions.MinimumTokenLength} characters the scraper sends as a bearer token) nor {Section}:Prometheus:Port " +
                  "(a port of its own for /metrics) is set; set one of them, or set Enabled to false."
                : null,
            // Never the token itself in the sentence: start-up failures are logged.
            prometheus.Token is { Length: > 0 and < PrometheusScrapeOptions.MinimumTokenLength }
                ? $"{Section}:Prometheus:Token is shorter than {PrometheusScrapeOptions.MinimumTokenLength} characters; " +
                  "use a long random one, such as the output of 'openssl rand -hex 32'."
                : null,
            prometheus.Port is < 0 or > 65535
                ? $"{Section}:Prometheus:Port ({prometheus.Port}) is not a port; use one from 1 to 65535, such as 9464."
                : null,
            options.OtlpEndpoint is { Length: > 0 } endpoint && !OtlpTarget.IsHttpUrl(endpoint)
                ? $"{Section}:OtlpEndpoint '{endpoint}' is not an http or https URL such as http://otel-collector:4317."
                : null,
            OtlpTarget.ProtocolOf(options.OtlpProtocol) is null
                ? $"{Section}:OtlpProtocol '{options.OtlpProtocol}' is not 'grpc' or 'http/protobuf'."
                : null,
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
