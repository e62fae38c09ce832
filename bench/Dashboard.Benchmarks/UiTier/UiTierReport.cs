using System.Globalization;
using System.Text;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>The figures as markdown, ready for docs/performance.md: the table, where the memory goes, and the method.</summary>
internal static class UiTierReport
{
    public static string Render(UiTierRun run, IReadOnlyList<PageResult> pages, ClustersViewRequests requests)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

        Line($"## UI tier: {run.Circuits} circuits per page ({run.Commit}, {run.Date:yyyy-MM-dd})");
        Line("");
        Line("| figure | value | target |");
        Line("|---|---|---|");
        foreach (var page in pages)
            Line($"| live heap per idle circuit, {page.Page.Name} | **{F(page.HeapKiBPerCircuit, "N0")} KiB** | ≤ 300 KiB |");
        foreach (var page in pages)
            Line($"| RSS per circuit, {page.Page.Name} | {F(page.ResidentKiBPerCircuit, "N0")} KiB | |");
        foreach (var page in pages)
            Line($"| CPU per circuit, {page.Page.Name}: idle / while the big cluster changes {F(page.Loaded.ChurnRate, "0")} objects/s | {F(page.CpuIdlePerCircuit, "0.00")} / {F(page.CpuChurnPerCircuit, "0.00")} ms per s | |");
        foreach (var page in pages)
        {
            var target = page == pages[0] ? "< 300 ms" : "";
            Line($"| warm time to first full render, {page.Page.Name}: median / p95 of {page.RenderMilliseconds.Count} fresh tabs | {F(page.RenderMedian, "N0")} / {F(page.RenderP95, "N0")} ms | {target} |");
        }

        Line($"| API-server requests per Clusters-page view, {requests.Clusters} clusters (mean of {requests.Views} warm views) | **{F(requests.PerView, "N0")}** (with nobody looking: {F(requests.BackgroundPerSecond, "0.#")}/s) | 0 |");
        Line("");
        Line($"Baselines, the app with no circuit (after the page's warm-up tab closed; the app's live heap with every cluster cached and no page opened yet: {Mib(run.StartHeap.Bytes)} MiB):");
        Line("");
        Line($"| page | live heap, 0 → {run.Circuits} circuits | RSS, 0 → {run.Circuits} | CPU idle, 0 → {run.Circuits} | CPU while changing, 0 → {run.Circuits} | circuits alive in the dumps |");
        Line("|---|---|---|---|---|---|");
        foreach (var page in pages)
            Line($"| {page.Page.Name} | {Mib(page.Zero.Heap.Bytes)} → {Mib(page.Loaded.Heap.Bytes)} MiB | {Mib(page.Zero.ResidentBytes)} → {Mib(page.Loaded.ResidentBytes)} MiB | " +
                 $"{F(page.Zero.CpuIdle, "0.0")} → {F(page.Loaded.CpuIdle, "0.0")} ms/s | {F(page.Zero.CpuChurn, "0")} → {F(page.Loaded.CpuChurn, "0")} ms/s | {page.Zero.Heap.Circuits} → {page.Loaded.Heap.Circuits} |");
        Line("");
        Line("Where a circuit's memory goes (per circuit, the types that grew most; objects exact, bytes estimated from dotnet-gcdump's size column):");
        foreach (var page in pages)
        {
            Line("");
            Line($"{page.Page.Name}:");
            Line("");
            Line("| type | objects per circuit | ≈ KiB per circuit |");
            Line("|---|---|---|");
            foreach (var (type, objects, bytes) in page.TopTypesPerCircuit(12))
                Line($"| `{type}` | {F(objects, "N0")} | {F(bytes / 1024, "N1")} |");
        }

        Line("");
        Line("Method: `dotnet build -c Release src/Dashboard.Web`, then " +
             $"`flock /tmp/dashboard-build.lock dotnet run -c Release --project bench/Dashboard.Benchmarks -- ui {run.Circuits}` (the lock keeps other builds off the cores). " +
             "The benchmark publishes that build (`--no-build`) into a temporary directory and runs it as its own process in Production, on a loopback port, " +
             "with a fresh data directory, the built-in sandbox off and the cache idle timeout raised to an hour. The clusters are sandboxes in the benchmark's own process " +
             $"(loopback HTTPS), registered through `POST /api/v1/clusters`: one with {run.Ingresses:N0} ingresses and the {run.Ingresses / 10:N0} Services behind them (ten ingresses each), and " +
             $"{run.SmallClusters} small ones. Headless Chromium (Playwright for .NET) signs in once through the login form and opens each page in {run.Circuits} tabs of that " +
             "browser context, each until its data shows. Per circuit = (with the tabs open − with none: after a warm-up tab on the page closed and once the heap holds no circuit) / tabs. Live heap: " +
             "`dotnet-gcdump collect` (a full GC) and the total of `dotnet-gcdump report`; RSS: VmRSS; CPU: utime + stime of the app over " +
             $"{run.Window.TotalSeconds:0} s idle, then {run.Window.TotalSeconds:0} s while the benchmark patches one ingress annotation {run.ChurnPerSecond} times a second " +
             "(one in five on the first page). Render: navigation start to the first table row (the ingress's details on its page) in the DOM, " +
             $"{run.RenderSamples} fresh tabs after a warm-up, one at a time, after the memory figures. Requests: counted by the sandboxes, from opening a Clusters tab until a second passes at the rate with nobody looking, less that rate over the time. " +
             "Two cores shared by the app, Chromium and the clusters; each figure is one run.");
        return text.ToString();
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture);
}
