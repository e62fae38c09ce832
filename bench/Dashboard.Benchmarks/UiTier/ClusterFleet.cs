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

    /// <summary>Starts the big cluster and fills it: <paramref name="ingresses"/> Services and as many ingresses routing to them.</summary>
    public static async Task<ClusterFleet> StartAsync(int ingresses, CancellationToken cancellationToken)
    {
        var fleet = new ClusterFleet(await SandboxCluster.StartAsync(new SandboxOptions(), cancellationToken));
        try
        {
            var fill = Stopwatch.StartNew();
            using var http = fleet.BigClusterClient();
            await Parallel.ForEachAsync(Enumerable.Range(0, ingresses), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    await CreateAsync(http, "/api/v1/namespaces/default/services", KubernetesJson.Serialize(Service(i)), ct);
                    await CreateAsync(http, "/apis/networking.k8s.io/v1/namespaces/default/ingresses", KubernetesJson.Serialize(BenchmarkWorld.Ingress(i)), ct);
                });
            Console.WriteLine($"Filled the big cluster with {ingresses:N0} Services and {ingresses:N0} ingresses in {fill.Elapsed.TotalSeconds:0} s");
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

    public async ValueTask DisposeAsync()
    {
        foreach (var cluster in All)
            await cluster.DisposeAsync();
    }
}
