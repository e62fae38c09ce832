using Dashboard.Data.Auditing;
using Dashboard.Kubernetes.Annotations;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Tests.SharedWeb;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Startup;

/// <summary>
/// Every options class bound from configuration is checked when the app starts: a wrong value stops the start with a
/// sentence that names the setting and says what a right one looks like, instead of failing later or silently.
/// </summary>
public class SettingsValidationTests
{
    /// <summary>The options class that refuses the value (Sandbox, Admin and AutoRegister are parts of <see cref="DashboardOptions"/>), the setting, a bad value, what the message must say.</summary>
    public static TheoryData<Type, string, string, string> BadSettings => new()
    {
        { typeof(DashboardOptions), "Dashboard:DataDirectory", "", "Dashboard:DataDirectory must name a directory, for example 'data'." },
        { typeof(DashboardOptions), "Dashboard:Sandbox:Profiles:0", "eks-typo", "Dashboard:Sandbox:Profiles names 'eks-typo', which is not a sandbox profile. Known: " },
        { typeof(DashboardOptions), "Dashboard:Admin:Password", "too-short", "Dashboard:Admin:Password is shorter than 12 characters; choose a longer one" },
        { typeof(DashboardOptions), "Dashboard:AutoRegister:Server", "k3s:6443", "Dashboard:AutoRegister:Server 'k3s:6443' is not an http or https URL such as https://k3s:6443." },
        { typeof(SecurityOptions), "Dashboard:Security:IdleTimeout", "00:00:00", "Dashboard:Security:IdleTimeout must be a positive time span such as '00:30:00'" },
        { typeof(SecurityOptions), "Dashboard:Security:AbsoluteTimeout", "00:10:00", "Dashboard:Security:AbsoluteTimeout (00:10:00) is shorter than Dashboard:Security:IdleTimeout (00:30:00)" },
        { typeof(SecurityOptions), "Dashboard:Security:KnownProxies:0", "proxy.internal", "Dashboard:Security:KnownProxies names 'proxy.internal', which is not an IP address" },
        { typeof(SignInOptions), "Dashboard:Security:SignIn:PermitsPerClient", "0", "Dashboard:Security:SignIn:PermitsPerClient must be a whole number of at least 1, such as 30; it is 0." },
        { typeof(SignInOptions), "Dashboard:Security:SignIn:PermitsPerUserName", "50", "Dashboard:Security:SignIn:PermitsPerUserName (50) is more than Dashboard:Security:SignIn:PermitsPerClient (30)" },
        { typeof(SignInOptions), "Dashboard:Security:SignIn:FailureLockout", "00:00:00", "Dashboard:Security:SignIn:FailureLockout must be a positive time span such as '00:05:00'" },
        { typeof(AuditOptions), "Dashboard:Audit:Retention", "01:00:00", "Dashboard:Audit:Retention must be at least one day, such as '90.00:00:00' (90 days); it is 01:00:00." },
        { typeof(HostnameOptions), "Dashboard:Hostnames:Domain", "Not A Domain", "Dashboard:Hostnames:Domain must be a wildcard DNS domain such as 'sslip.io' or 'nip.io'" },
        { typeof(HostnameOptions), "Dashboard:Hostnames:ReconcileSweep", "-00:00:01", "Dashboard:Hostnames:ReconcileSweep must be a positive time span such as '00:00:30'; it is -00:00:01." },
        { typeof(CacheOptions), "Dashboard:Caching:IdleTimeout", "00:00:00", "Dashboard:Caching:IdleTimeout must be a positive time span such as '00:05:00'" },
        { typeof(CacheOptions), "Dashboard:Caching:RetryMaxDelay", "00:00:00.1", "Dashboard:Caching:RetryMaxDelay (00:00:00.1000000) is shorter than Dashboard:Caching:RetryInitialDelay (00:00:00.5000000)" },
        { typeof(ClusterHealthOptions), "Dashboard:ClusterHealth:CheckInterval", "00:00:00", "Dashboard:ClusterHealth:CheckInterval must be a positive time span such as '00:01:00'" },
        { typeof(ClusterHealthOptions), "Dashboard:ClusterHealth:MaxConcurrentChecks", "0", "Dashboard:ClusterHealth:MaxConcurrentChecks must be a whole number from 1 to 64, such as 8; it is 0." },
        { typeof(ClusterHealthOptions), "Dashboard:ClusterHealth:RefreshReuse", "00:05:00", "Dashboard:ClusterHealth:RefreshReuse (00:05:00) is longer than Dashboard:ClusterHealth:CheckInterval (00:01:00)" },
        { typeof(AnnotationOptions), "Dashboard:Annotations:AllowedPrefixes:0", "nginx", "Dashboard:Annotations:AllowedPrefixes entry 'nginx' has no '/': start it with the annotation's whole DNS prefix and its slash" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task ABadSettingStopsTheStartWithASentenceThatSaysWhatToFix(Type options, string key, string value, string message)
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "", [key] = value });

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());

        failure.OptionsType.ShouldBe(options);
        failure.Message.ShouldContain(message);
    }

    [Fact]
    public async Task TheShippedSettingsPassEveryCheck()
    {
        using var data = new TempDirectory();
        await using var app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" });

        using var client = app.CreateClient();

        (await client.GetStringAsync("/healthz", TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }
}
