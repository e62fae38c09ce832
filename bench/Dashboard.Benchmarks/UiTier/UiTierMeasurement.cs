using System.Diagnostics;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>The measurements of one run against one app process.</summary>
internal sealed class UiTierMeasurement(DashboardAppProcess app, ProcessMeter meter, GcDumpTool gcdump, IngressChurn churn, CancellationToken token)
{
    /// <summary>Changes the big cluster for a while before anything is measured, so the first figure under change is not a cold one.</summary>
    public async Task WarmUpChurnAsync()
    {
        var rate = await IngressChurn.DuringAsync(churn, UiTierBenchmark.ChurnPerSecond, TimeSpan.FromSeconds(10), () => Task.Delay(TimeSpan.FromSeconds(10), token), token);
        Console.WriteLine($"Warm-up: the big cluster changed {rate:0} times a second for 10 s");
        await meter.WaitForRestAsync(TimeSpan.FromMinutes(1), token);
    }

    /// <summary>The app with no circuit (after a warm-up tab on the page closed), then with <paramref name="circuits"/> tabs open on it.</summary>
    public async Task<PageResult> PageAsync(BrowserCircuits browser, UiPage page, int circuits)
    {
        Console.WriteLine($"{page.Name}: warm-up tab, then the app with no circuit");
        var (warmUp, _) = await browser.OpenAsync(page);
        await meter.WaitForRestAsync(TimeSpan.FromMinutes(1), token);
        await BrowserCircuits.CloseAsync(warmUp);
        await WaitForNoCircuitsAsync();
        var zero = await PointAsync(0);

        Console.WriteLine($"{page.Name}: opening {circuits} tabs");
        var tabs = new List<IPage>();
        try
        {
            for (var i = 0; i < circuits; i++)
                tabs.Add((await browser.OpenAsync(page)).Tab);
            var loaded = await PointAsync(circuits);
            foreach (var tab in tabs)
                await BrowserCircuits.CloseAsync(tab);
            tabs.Clear();
            var result = new PageResult(page, zero, loaded, []);
            Console.WriteLine($"  per circuit: {result.HeapKiBPerCircuit:N0} KiB heap, {result.ResidentKiBPerCircuit:N0} KiB RSS");
            return result;
        }
        finally
        {
            foreach (var tab in tabs)
                await tab.CloseAsync();
        }
    }

    /// <summary>Milliseconds from navigation start until the data shows, for fresh tabs after one warm-up tab.</summary>
    public async Task<IReadOnlyList<double>> RenderTimesAsync(BrowserCircuits browser, UiPage page)
    {
        await meter.WaitForRestAsync(TimeSpan.FromMinutes(1), token);
        var (warmTab, _) = await browser.OpenAsync(page);
        await BrowserCircuits.CloseAsync(warmTab);
        var renders = new List<double>();
        for (var i = 0; i < UiTierBenchmark.RenderSamples; i++)
        {
            var (tab, milliseconds) = await browser.OpenAsync(page);
            renders.Add(milliseconds);
            await BrowserCircuits.CloseAsync(tab);
        }

        Console.WriteLine($"{page.Name}: render median {renders.Order().ElementAt(renders.Count / 2):N0} ms of {renders.Count} fresh tabs");
        return renders;
    }

    /// <summary>
    /// A closed tab's circuit can outlive it for a while (one whose disconnect did not arrive is kept for a reconnect,
    /// three minutes by default): the zero-circuit figures wait until the heap holds none, at most four minutes.
    /// </summary>
    private async Task WaitForNoCircuitsAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(4))
        {
            var heap = await gcdump.SnapshotAsync(app.Id, token);
            if (heap.Circuits == 0)
                return;
            Console.WriteLine($"  {heap.Circuits} circuits of closed tabs still in the heap; waiting for them to go");
            await Task.Delay(TimeSpan.FromSeconds(20), token);
        }
    }

    public async Task<ClustersViewRequests> ClustersViewsAsync(BrowserCircuits browser, UiPage clustersPage, ClusterFleet fleet)
    {
        Console.WriteLine($"Requests per Clusters-page view: {UiTierBenchmark.ClusterViews} views after a warm-up");
        await meter.WaitForRestAsync(TimeSpan.FromMinutes(1), token);
        var quiet = fleet.RequestCount;
        var quietClock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(5), token);
        var background = (fleet.RequestCount - quiet) / quietClock.Elapsed.TotalSeconds;

        await ViewAsync(browser, clustersPage, fleet, background);
        var counts = new List<double>();
        for (var view = 0; view < UiTierBenchmark.ClusterViews; view++)
        {
            var (requests, elapsed) = await ViewAsync(browser, clustersPage, fleet, background);
            counts.Add(requests - (background * elapsed.TotalSeconds)); // the view's own, without what the clusters get anyway
        }

        return new ClustersViewRequests(fleet.All.Count(), counts.Average(), UiTierBenchmark.ClusterViews, background);
    }

    /// <summary>
    /// Opens the page in a fresh tab and counts the fleet's requests until a second passes with no more than the
    /// clusters get anyway (<paramref name="background"/> a second), at most 30 s; returns them and how long that took.
    /// </summary>
    private async Task<(long Requests, TimeSpan Elapsed)> ViewAsync(BrowserCircuits browser, UiPage page, ClusterFleet fleet, double background)
    {
        var before = fleet.RequestCount;
        var clock = Stopwatch.StartNew();
        var (tab, _) = await browser.OpenAsync(page);
        var last = fleet.RequestCount;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), token);
            var now = fleet.RequestCount;
            var quiet = now - last <= Math.Max(2, 2 * background);
            last = now;
            if (quiet)
                break;
        }

        var elapsed = clock.Elapsed;
        await BrowserCircuits.CloseAsync(tab);
        return (last - before, elapsed);
    }

    /// <summary>RSS at rest, CPU idle and while the cluster changes, then the live heap (the dump's full GC last, so it skews nothing else).</summary>
    private async Task<LoadPoint> PointAsync(int circuits)
    {
        await meter.WaitForRestAsync(TimeSpan.FromMinutes(2), token);
        app.EnsureRunning();
        var resident = meter.ResidentBytes();
        var idle = await meter.CpuMillisecondsPerSecondAsync(UiTierBenchmark.Window, token);
        var changing = 0.0;
        var rate = await IngressChurn.DuringAsync(churn, UiTierBenchmark.ChurnPerSecond, UiTierBenchmark.Window,
            async () => changing = await meter.CpuMillisecondsPerSecondAsync(UiTierBenchmark.Window, token), token);
        await meter.WaitForRestAsync(TimeSpan.FromMinutes(1), token);
        var heap = await gcdump.SnapshotAsync(app.Id, token);
        app.EnsureRunning();
        Console.WriteLine($"  {circuits} circuits: {heap.Bytes / 1024.0 / 1024.0:N1} MiB live heap ({heap.Circuits} circuits in the dump), {resident / 1024.0 / 1024.0:N1} MiB RSS, " +
                          $"CPU {idle:0.0} ms/s idle, {changing:0} ms/s at {rate:0} changes/s");
        return new LoadPoint(circuits, heap, resident, idle, changing, rate);
    }
}
