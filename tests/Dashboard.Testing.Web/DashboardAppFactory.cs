using Dashboard.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.SharedWeb;

/// <summary>
/// The real app (Program.cs, SQLite, the embedded sandbox) with a data directory of the test's own and the
/// repository root as content root, so it reads the top-level appsettings.json and wwwroot/ like `dotnet run`.
/// </summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly bool allowLoopbackClusters;

    /// <summary>Every log line the app writes, for tests that prove what never reaches a log.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Replacements for the app's services (a controllable clock, say), applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <param name="settings">Overrides, e.g. <c>["Dashboard:Sandbox:Profiles:0"] = ""</c> for no sandbox.</param>
    /// <param name="allowLoopbackClusters">
    /// Lists 127.0.0.0/8 in Dashboard:Clusters:AllowedNetworks, the documented setting for managing a standalone
    /// sandbox (the tests register those); false keeps the default address policy.
    /// </param>
    public DashboardAppFactory(
        string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, bool listenOnRealPort = false, bool allowLoopbackClusters = true)
    {
        this.dataDirectory = dataDirectory;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.allowLoopbackClusters = allowLoopbackClusters;
        if (listenOnRealPort)
            UseKestrel(0);
    }

    /// <summary>The loopback address the app listens on (real-port mode), for a browser.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>The first admin's password in tests (configured, so no change is forced at first sign-in).</summary>
    public const string AdminPassword = "admin-password-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Dashboard:DataDirectory", dataDirectory);
        builder.UseSetting("Dashboard:Admin:Password", AdminPassword);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // Off unless a test turns it on: it would start every registered cluster's caches in the background.
        builder.UseSetting("Dashboard:Hostnames:Reconcile", "false");
        if (allowLoopbackClusters)
            builder.UseSetting("Dashboard:Clusters:AllowedNetworks:0", "127.0.0.0/8");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (ConfigureServices is { } configure)
            builder.ConfigureServices(configure);
    }
}
