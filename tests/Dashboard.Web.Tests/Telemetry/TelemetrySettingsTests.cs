using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Telemetry;

/// <summary>A scrape endpoint open to anyone, or a collector address that is not one, stops the start with a sentence that says what to set.</summary>
public class TelemetrySettingsTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Dashboard:Telemetry:Prometheus:Enabled", "true",
            "Dashboard:Telemetry:Prometheus:Enabled is true, but neither Dashboard:Telemetry:Prometheus:Token (a secret of at least 32 characters the scraper sends as a bearer token) nor Dashboard:Telemetry:Prometheus:Port (a port of its own for /metrics) is set; set one of them, or set Enabled to false." },
        { "Dashboard:Telemetry:Prometheus:Token", "short-token-9e1",
            "Dashboard:Telemetry:Prometheus:Token is shorter than 32 characters; use a long random one" },
        { "Dashboard:Telemetry:Prometheus:Port", "70000", "Dashboard:Telemetry:Prometheus:Port (70000) is not a port; use one from 1 to 65535" },
        { "Dashboard:Telemetry:OtlpEndpoint", "collector:4317", "Dashboard:Telemetry:OtlpEndpoint 'collector:4317' is not an http or https URL" },
        { "Dashboard:Telemetry:OtlpProtocol", "udp", "Dashboard:Telemetry:OtlpProtocol 'udp' is not 'grpc' or 'http/protobuf'." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ABadTelemetrySettingStopsTheStartWithASentenceThatSaysWhatToSet(string key, string value, string message)
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "", [key] = value });

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());

        failure.OptionsType.ShouldBe(typeof(TelemetryOptions));
        failure.Message.ShouldContain(message);
        failure.Message.ShouldNotContain("short-token-9e1");
    }

    [Fact]
    public async Task TheScrapeEndpointIsOffByDefault()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" });
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        // Like every page the app does not make public: the way to the login page, and no figures.
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/login");
    }
}
