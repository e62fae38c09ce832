using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Sandbox;
using k8s;
using k8s.Models;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// The clusters the app is shown, hosted in the benchmark's process (sandboxes on loopback HTTPS): one big cluster
/// with many ingresses and the Services behind them, and many small ones for the Clusters page.
/// </summary>
internal sealed class ClusterFleet : IAsyncDisposable
{
    private readonly List<SandboxCluster> small = [];

    private ClusterFleet(SandboxCluster big) => Big = big;

    public SandboxCluster Big { get; }

    public IEnumerable<SandboxCluster> All => small.Prepend(Big);

    /// <summary>API-server requests every cluster of the fleet has answered so far.</summary>
    public long RequestCount => All.Sum(cluster => cluster.RequestCount);

    /// <summary>
    /// Starts the big cluster and fills it: <paramref name="ingresses"/> ingresses routing to one of <paramref name="services"/>
    /// Services each. Fewer Services than ingresses because the sandbox reads every stored Service on each Service
    /// write (to find free cluster IPs), so 10,000 of them would take the fill past ten minutes.
    /// </summary>
    public static async Task<ClusterFleet> StartAsync(int ingresses, int services, CancellationToken cancellationToken)
    {
        var fleet = new ClusterFleet(await SandboxCluster.StartAsync(new SandboxOptions(), cancellationToken));
        try
        {
            var fill = Stopwatch.StartNew();
            using var http = fleet.BigClusterClient();
            var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, services), options,
                async (i, ct) => await CreateAsync(http, "/api/v1/namespaces/default/services", KubernetesJson.Serialize(Service(i)), ct));
            await Parallel.ForEachAsync(Enumerable.Range(0, ingresses), options,
                async (i, ct) => await CreateAsync(http, "/apis/networking.k8s.io/v1/namespaces/default/ingresses", KubernetesJson.Serialize(Ingress(i, services)), ct));
            Console.WriteLine($"Filled the big cluster with {services:N0} Services and {ingresses:N0} ingresses in {fill.Elapsed.TotalSeconds:0} s");
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="count"/> small clusters (the profile's own objects only), a few at a time.</summary>
    public async Task<IReadOnlyList<SandboxCluster>> AddSmallAsync(int count, CancellationToken cancellationToken)
    {
        var started = new SandboxCluster[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (i, ct) => started[i] = await SandboxCluster.StartAsync(new SandboxOptions(), ct));
        small.AddRange(started);
        return started;
    }

    /// <summary>A raw HTTP client of the big cluster that trusts its certificate authority and sends its token.</summary>
    public HttpClient BigClusterClient()
    {
        var http = new HttpClient(Big.CreateHttpHandler()) { BaseAddress = Big.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProtobufCreates.Token(Big));
        return http;
    }

    private static V1Ingress Ingress(int i, int services)
    {
        var ingress = BenchmarkWorld.Ingress(i);
        ingress.Spec.Rules[0].Http.Paths[0].Backend.Service.Name = $"svc-{i % services}";
        return ingress;
    }

    private static V1Service Service(int i) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"svc-{i}", Labels = new Dictionary<string, string> { ["team"] = $"team-{i % 20}" } },
        Spec = new V1ServiceSpec
        {
            Selector = new Dictionary<string, string> { ["app"] = $"svc-{i}" },
            Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = 8080 }],
        },
    };

    private static async Task CreateAsync(HttpClient http, string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
        if ((int)response.StatusCode != 201)
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    /// <summary>Stops every cluster; one whose controllers are still busy (a cancelled fill) is given up on after 30 s.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var cluster in All)
        {
            try
            {
                await cluster.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                Console.Error.WriteLine($"The sandbox on {cluster.Url} did not stop within 30 s; leaving it to the process exit.");
            }
        }
    }
}
