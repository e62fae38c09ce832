using System.Diagnostics;
using Dashboard.Tests.Shared;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// The top-level appsettings.json and wwwroot/ are the ones the app really uses, from `dotnet run` and from
/// `dotnet publish` output alike (docs/decisions/0002). The sandbox profile comes only from the top-level
/// appsettings.json, so its start-up line proves that file was read.
/// </summary>
public class PackagingTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The configuration these tests were built in; `publish --no-build` must use the same one.</summary>
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task DotnetRunServesTheTopLevelSettingsAndStaticFiles()
    {
        using var data = new TempDirectory();
        using var elsewhere = new TempDirectory(); // run from another folder: the project decides the working directory
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "-c", Configuration, "--project", Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web"), "--", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = elsewhere.Path,
            Environment = { ["Dashboard__DataDirectory"] = data.Path },
        };

        var (app, address) = await AppProcess.StartAsync(start, StartTimeout);
        await using (app)
            await AssertServesTopLevelFilesAsync(app, address);
        Directory.GetFiles(elsewhere.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task APublishedAppServesTheTopLevelSettingsAndStaticFiles()
    {
        using var output = new TempDirectory("dashboard-publish");
        using var data = new TempDirectory();
        await RunToEndAsync(new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web"), "--no-build", "-c", Configuration, "-o", output.Path]));
        (await File.ReadAllTextAsync(Path.Combine(output.Path, "appsettings.json"), TestContext.Current.CancellationToken))
            .ShouldBe(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "appsettings.json"), TestContext.Current.CancellationToken));

        var start = new ProcessStartInfo("dotnet", [Path.Combine(output.Path, "Dashboard.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = output.Path,
            Environment = { ["Dashboard__DataDirectory"] = data.Path, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        var (app, address) = await AppProcess.StartAsync(start, StartTimeout);
        await using (app)
        {
            await AssertServesTopLevelFilesAsync(app, address);
            using var http = new HttpClient { BaseAddress = address };
            (await http.GetAsync("/_content/MudBlazor/MudBlazor.min.css", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }
    }

    private static async Task AssertServesTopLevelFilesAsync(AppProcess app, Uri address)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = address };
        (await http.GetStringAsync("/app.css", cancel))
            .ShouldBe(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "wwwroot", "app.css"), cancel));
        (await http.GetAsync("/_framework/blazor.web.js", cancel)).EnsureSuccessStatusCode();
        (await http.GetStringAsync("/healthz", cancel)).ShouldBe("Healthy");
        (await app.WaitForOutputAsync("Sandbox cluster rke-custom at", TimeSpan.FromSeconds(10))).ShouldBeTrue(app.Output);
        app.Output.ShouldContain("Dashboard is ready: open http://127.0.0.1:");
    }

    private static async Task RunToEndAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, $"{start.FileName} {string.Join(' ', start.ArgumentList)}\n{await stdout}\n{await stderr}");
    }
}
