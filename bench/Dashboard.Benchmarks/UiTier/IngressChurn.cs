using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// Changes the big cluster at a steady rate: a JSON merge patch of one ingress's annotation per tick. One patch in
/// five hits an ingress of the first page (what an open Ingresses tab shows, and the Ingress page's own ingress);
/// the rest are spread over the whole cluster.
/// </summary>
internal sealed class IngressChurn(HttpClient cluster, int ingresses, int firstPage)
{
    private long tick;

    /// <summary>Patches at <paramref name="perSecond"/> until cancelled; returns how many patches were sent.</summary>
    public async Task<int> RunAsync(int perSecond, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / perSecond));
        var sent = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await PatchAsync(Interlocked.Increment(ref tick), cancellationToken);
                sent++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        return sent;
    }

    /// <summary>Runs for <paramref name="window"/> after a short lead-in, and returns the rate achieved in the window.</summary>
    public static async Task<double> DuringAsync(IngressChurn churn, int perSecond, TimeSpan window, Func<Task> measure, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = churn.RunAsync(perSecond, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // the app is in its steady state of following changes
        var before = Interlocked.Read(ref churn.tick);
        var clock = Stopwatch.StartNew();
        await measure();
        var rate = (Interlocked.Read(ref churn.tick) - before) / clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await running;
        return rate;
    }

    private async Task PatchAsync(long n, CancellationToken cancellationToken)
    {
        var index = n % 5 == 0 ? (int)(n / 5 % firstPage) : (int)(n * 7919 % ingresses);
        var body = """{"metadata":{"annotations":{"bench.example.com/tick":""" + "\"" + n.ToString(CultureInfo.InvariantCulture) + "\"}}}";
        using var content = new StringContent(body, Encoding.UTF8, "application/merge-patch+json");
        using var response = await cluster.PatchAsync(new Uri($"/apis/networking.k8s.io/v1/namespaces/default/ingresses/app-{index:D5}", UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"patching app-{index:D5}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }
}
