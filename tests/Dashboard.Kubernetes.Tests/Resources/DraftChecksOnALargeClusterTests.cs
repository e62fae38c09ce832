using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Tests.Changes;
using Dashboard.Tests.Shared;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Resources;

/// <summary>The draft checks see every Service, however many the cluster has (no page of the first 500).</summary>
public class DraftChecksOnALargeClusterTests
{
    private const int BulkCount = 520;

    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    [Fact]
    public async Task ABackendAndItsNodePortAreKnownBehindMoreThanFiveHundredServicesOfAnotherNamespace()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var resources = lab.Services.GetRequiredService<IClusterResources>();
        var checks = lab.Services.GetRequiredService<DraftChecks>();
        // "aaa-bulk" sorts before "zz-shop": a list cut at 500 would hold only the bulk namespace.
        await CreateNamespaceAsync(lab.Client, "aaa-bulk");
        await CreateNamespaceAsync(lab.Client, "zz-shop");
        await Parallel.ForEachAsync(Enumerable.Range(0, BulkCount), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Cancel },
            async (i, ct) => await lab.Client.CoreV1.CreateNamespacedServiceAsync(ClusterIp($"bulk-{i:D3}"), "aaa-bulk", cancellationToken: ct));
        var backend = await lab.Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
        {
            Metadata = new V1ObjectMeta { Name = "backend" },
            Spec = new V1ServiceSpec { Type = "NodePort", Ports = [new V1ServicePort { Name = "http", Port = 80 }], Selector = new Dictionary<string, string> { ["app"] = "backend" } },
        }, "zz-shop", cancellationToken: Cancel);
        var nodePort = backend.Spec.Ports[0].NodePort!.Value;
        (await Eventually.ReturnsAsync(() => resources.ServicesAsync(lab.Id, new ResourceQuery(Take: 1), Cancel), p => p.Total > BulkCount, Cancel, timeoutMs: 30_000))
            .Total.ShouldBeGreaterThan(BulkCount);
        await Eventually.ReturnsAsync(() => resources.ServiceAsync(lab.Id, "zz-shop", "backend", Cancel), s => s is not null, Cancel, timeoutMs: 30_000);

        var ingressErrors = await checks.IngressErrorsAsync(lab.Id, IngressTo("zz-shop", "backend"), [], Cancel);
        var clash = ChangeTestCluster.Service("clash", ServiceKind.NodePort, ns: "zz-shop");
        clash.Ports[0].NodePort = nodePort;
        var clashErrors = await checks.ServiceErrorsAsync(lab.Id, clash, [], Cancel);

        ingressErrors.ShouldBeEmpty();
        clashErrors.Keys.ShouldContain("Ports[0].NodePort");
    }

    private static Core.Ingresses.IngressDraft IngressTo(string ns, string service)
    {
        var draft = ChangeTestCluster.Ingress("front", "shop.example.com");
        draft.Namespace = ns;
        draft.Rules[0].Paths[0].ServiceName = service;
        return draft;
    }

    private static V1Service ClusterIp(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80 }], Selector = new Dictionary<string, string> { ["app"] = name } },
    };

    private static async Task CreateNamespaceAsync(IKubernetes client, string name) =>
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = name } }, cancellationToken: Cancel);
}
