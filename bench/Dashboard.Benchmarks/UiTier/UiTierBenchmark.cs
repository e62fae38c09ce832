using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// What an open browser tab costs the server: the published app in its own process, clusters hosted here,
/// real circuits in headless Chromium, measured from outside (gcdump, /proc). See <see cref="Usage"/>.
/// </summary>
internal static class UiTierBenchmark
{
    private const int FirstPage = 25;
    internal const int ChurnPerSecond = 50;
    internal const int RenderSamples = 10;
    internal const int ClusterViews = 5;
    internal static readonly TimeSpan Window = TimeSpan.FromSeconds(15);

    private const string Usage = """
        Usage: dotnet run -c Release --project bench/Dashboard.Benchmarks -- ui [circuits] [ingresses] [clusters]

        Measures what open tabs cost the dashboard's server: live heap (dotnet-gcdump), RSS and CPU per circuit on the
        Clusters page (200 clusters), a cluster's Ingresses tab (10,000 ingresses) and an Ingress page; warm render
        times; API-server requests per Clusters-page view. circuits: tabs per page, default 40; ingresses in the big
        cluster, default 10,000; clusters registered in all, default 200 (smaller ones make a quick trial run).

        Needs, before it runs (it builds nothing):
          dotnet build -c Release src/Dashboard.Web
          dotnet tool install -g dotnet-gcdump     (on PATH or in ~/.dotnet/tools)
          /usr/bin/chromium                        (apt-get install -y chromium)
        Run it under the build lock so no build skews the CPU figures:
          flock /tmp/dashboard-build.lock dotnet run -c Release --project bench/Dashboard.Benchmarks -- ui 40
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["-h" or "--help" or "help", ..])
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var numbers = args.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        var circuits = numbers.Length > 0 ? numbers[0] : 40;
        var ingresses = numbers.Length > 1 ? numbers[1] : 10_000;
        var clusters = numbers.Length > 2 ? numbers[2] : 200;
        if (numbers.Length > 3 || circuits < 1 || ingresses < FirstPage || clusters < 1)
        {
            Console.WriteLine($"Expected up to three numbers: circuits (1 or more), ingresses ({FirstPage} or more), clusters (1 or more).\n\n{Usage}");
            return 2;
        }

        var smallClusters = clusters - 1;

        var build = DashboardBuild.Locate();
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"dashboard-ui-bench-{Guid.NewGuid():N}")).FullName;
        using var cancel = new CancellationTokenSource();
        DashboardAppProcess? app = null;
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true; // unwind through the finally blocks: the app, the browser and the clusters are stopped there
            app?.Kill();
            cancel.Cancel();
        }

        void OnExit(object? sender, EventArgs e) => app?.Kill();
        Console.CancelKeyPress += OnCancel;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
        try
        {
            build.EnsureBuilt();
            var gcdump = GcDumpTool.Locate(work);
            var token = cancel.Token;
            var clock = Stopwatch.StartNew();
            Console.WriteLine($"UI-tier benchmark: {circuits} circuits per page, on {await build.CommitAsync()}");

            var assembly = await build.PublishAsync(Path.Combine(work, "app"), token);
            await using var fleet = await ClusterFleet.StartAsync(ingresses, Math.Max(1, ingresses / 10), token);
            var small = await fleet.AddSmallAsync(smallClusters, token);
            await BenchmarkWorld.SettleAsync(fleet.Big);
            Console.WriteLine($"Started {smallClusters} small clusters; the big one is at rest ({clock.Elapsed.TotalSeconds:0} s so far)");

            var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            app = await DashboardAppProcess.StartAsync(assembly, Path.Combine(work, "data"), password, token);
            var started = app;
            await using var stopApp = new AsyncDisposer(() => started.DisposeAsync());
            Console.WriteLine($"The app (process {app.Id}) listens on {app.Address}");

            Guid bigId;
            using (var api = await DashboardApi.SignInAsync(app.Address, "admin", password, token))
            {
                bigId = await api.RegisterAsync("big", fleet.Big.KubeconfigYaml("big"), token);
                await Parallel.ForEachAsync(small.Select((cluster, i) => (cluster, i)), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = token },
                    async (c, ct) => await api.RegisterAsync($"cluster-{c.i + 1:D3}", c.cluster.KubeconfigYaml($"cluster-{c.i + 1:D3}"), ct));
            }

            var meter = new ProcessMeter(app.Id);
            await meter.WaitForRestAsync(TimeSpan.FromMinutes(3), token);
            var startHeap = await gcdump.SnapshotAsync(app.Id, token);
            Console.WriteLine($"Registered {clusters} clusters; app at rest with {startHeap.Bytes / 1024.0 / 1024.0:N1} MiB live heap, " +
                              $"{meter.ResidentBytes() / 1024.0 / 1024.0:N1} MiB RSS ({clock.Elapsed.TotalSeconds:0} s so far)");

            UiPage[] pages =
            [
                new($"Clusters page ({clusters} clusters)", "clusters", "[data-testid=clusters-table] tbody tr td a"),
                new($"Ingresses tab ({ingresses:N0} ingresses)", $"clusters/{bigId}?tab=ingresses", "[data-testid=ingress-list] tbody tr td a"),
                new("Ingress page", $"clusters/{bigId}/namespaces/default/ingresses/app-00000", "[data-testid=ingress-details]"),
            ];
            await using var browser = await BrowserCircuits.StartAsync(app.Address, "admin", password, pages);
            using var clusterClient = fleet.BigClusterClient();
            var churn = new IngressChurn(clusterClient, ingresses, FirstPage);
            var measure = new UiTierMeasurement(app, meter, gcdump, churn, token);

            await measure.WarmUpChurnAsync();
            var costs = new List<PageResult>();
            foreach (var page in pages)
                costs.Add(await measure.PageAsync(browser, page, circuits));
            // Render times last: the tabs they open and close come and go too fast to be in any figure above.
            var results = new List<PageResult>();
            foreach (var cost in costs)
                results.Add(cost with { RenderMilliseconds = await measure.RenderTimesAsync(browser, cost.Page) });
            var requests = await measure.ClustersViewsAsync(browser, pages[0], fleet);

            var run = new UiTierRun(circuits, ingresses, smallClusters, ChurnPerSecond, Window, RenderSamples, await build.CommitAsync(), DateTime.UtcNow, startHeap);
            Console.WriteLine();
            Console.WriteLine(UiTierReport.Render(run, results, requests));
            Console.WriteLine($"(the run took {clock.Elapsed.TotalMinutes:0.0} min)");
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled: the app is stopped and the run's directory deleted.");
            return 130;
        }
        catch (Exception e) when (e is InvalidOperationException or PlaywrightException or TimeoutException or IOException or HttpRequestException)
        {
            Console.Error.WriteLine($"The UI-tier benchmark failed: {e.Message}");
            if (app is not null)
                Console.Error.WriteLine($"The app's last output:\n{app.RecentOutput}");
            return 1;
        }
        finally
        {
            app?.Kill();
            Console.CancelKeyPress -= OnCancel;
            AppDomain.CurrentDomain.ProcessExit -= OnExit;
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                Console.Error.WriteLine($"Could not delete {work}");
            }
        }
    }
}
