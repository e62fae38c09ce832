using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>The autoscaling/v1 Scale subresource of Deployments, ReplicaSets and StatefulSets, over raw HTTP.</summary>
public sealed class ScaleSubresourceTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Ns, V1Deployment Deployment)> CreateAsync()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var created = await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "web" },
            Spec = new V1DeploymentSpec
            {
                Replicas = 2,
                Selector = new V1LabelSelector
                {
                    MatchLabels = new Dictionary<string, string> { ["app"] = "web" },
                    MatchExpressions = [new V1LabelSelectorRequirement { Key = "tier", OperatorProperty = "In", Values = ["front", "edge"] }],
                },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" } },
                    Spec = new V1PodSpec { Containers = [new V1Container { Name = "nginx", Image = "nginx" }] },
                },
            },
        }, ns, cancellationToken: Ct);
        return (ns, created);
    }

    private static StringContent Body(string json, string mediaType) => new(json, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    [Fact]
    public async Task GettingTheScaleShowsTheReplicasTheSelectorAndTheParentsResourceVersion()
    {
        var (ns, deployment) = await CreateAsync();
        using var http = sandbox.CreateHttpClient();

        using var response = await http.GetAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/scale", Ct);
        using var scale = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = scale.RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (root.GetProperty("kind").GetString(), root.GetProperty("apiVersion").GetString()).ShouldBe(("Scale", "autoscaling/v1"));
        root.GetProperty("metadata").GetProperty("uid").GetString().ShouldBe(deployment.Metadata.Uid);
        root.GetProperty("spec").GetProperty("replicas").GetInt32().ShouldBe(2);
        root.GetProperty("status").GetProperty("selector").GetString().ShouldBe("app=web,tier in (edge,front)");
        long.Parse(root.GetProperty("metadata").GetProperty("resourceVersion").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThanOrEqualTo(long.Parse(deployment.Metadata.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task PuttingAScaleWithAStaleResourceVersionIsAConflict()
    {
        var (ns, deployment) = await CreateAsync();
        using var http = sandbox.CreateHttpClient();
        await sandbox.Client.AppsV1.PatchNamespacedDeploymentAsync(new V1Patch("""{"metadata":{"labels":{"touched":"yes"}}}""", V1Patch.PatchType.MergePatch), "web", ns, cancellationToken: Ct);

        var stale = $$$"""{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web","namespace":"{{{ns}}}","resourceVersion":"{{{deployment.Metadata.ResourceVersion}}}"},"spec":{"replicas":4}}""";
        using var conflict = await http.PutAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/scale", Body(stale, "application/json"), Ct);
        var fresh = $$$"""{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web","namespace":"{{{ns}}}"},"spec":{"replicas":4}}""";
        using var accepted = await http.PutAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/scale", Body(fresh, "application/json"), Ct);
        var after = await sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("web", ns, cancellationToken: Ct);

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadAsStringAsync(Ct)).ShouldContain("Operation cannot be fulfilled on deployments.apps \\\"web\\\": the object has been modified");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Spec.Replicas.ShouldBe(4);
        after.Metadata.Generation.ShouldBe(2);
    }

    [Theory]
    [InlineData("application/merge-patch+json", """{"spec":{"replicas":3}}""")]
    [InlineData("application/strategic-merge-patch+json", """{"spec":{"replicas":3}}""")]
    [InlineData("application/json-patch+json", """[{"op":"replace","path":"/spec/replicas","value":3}]""")]
    public async Task PatchingTheScaleInEachPatchTypeSetsTheReplicas(string mediaType, string patch)
    {
        var (ns, _) = await CreateAsync();
        using var http = sandbox.CreateHttpClient();

        using var response = await http.PatchAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/scale", Body(patch, mediaType), Ct);
        var after = await sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("web", ns, cancellationToken: Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        after.Spec.Replicas.ShouldBe(3);
    }

    [Fact]
    public async Task ANegativeReplicaCountIsInvalid()
    {
        var (ns, _) = await CreateAsync();
        using var http = sandbox.CreateHttpClient();

        using var response = await http.PatchAsync($"/apis/apps/v1/namespaces/{ns}/deployments/web/scale", Body("""{"spec":{"replicas":-1}}""", "application/merge-patch+json"), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body.ShouldContain("Scale.autoscaling \\\"web\\\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0");
    }

    [Fact]
    public async Task DiscoveryListsTheScaleSubresourceOfEachScalableWorkload()
    {
        using var http = sandbox.CreateHttpClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync("/apis/apps/v1", Ct));
        var scales = document.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("name").GetString()!.EndsWith("/scale", StringComparison.Ordinal)).ToList();

        scales.Select(r => r.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ShouldBe(["deployments/scale", "replicasets/scale", "statefulsets/scale"]);
        scales.ShouldAllBe(r => r.GetProperty("group").GetString() == "autoscaling" && r.GetProperty("version").GetString() == "v1" && r.GetProperty("kind").GetString() == "Scale");
        scales[0].GetProperty("verbs").EnumerateArray().Select(v => v.GetString()).ShouldBe(["get", "patch", "update"]);
    }

    [Fact]
    public async Task ScalingAReplicaSetWithKubectlChangesItsPods()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.AppsV1.CreateNamespacedReplicaSetAsync(new V1ReplicaSet
        {
            Metadata = new V1ObjectMeta { Name = "bare" },
            Spec = new V1ReplicaSetSpec
            {
                Replicas = 1,
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "bare" } },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "bare" } },
                    Spec = new V1PodSpec { Containers = [new V1Container { Name = "c", Image = "nginx" }] },
                },
            },
        }, ns, cancellationToken: Ct);

        var scaled = await new KubectlRunner(sandbox).RunAsync(Ct, "scale", "rs/bare", "--replicas=3", "-n", ns);
        var pods = await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedPodAsync(ns, cancellationToken: Ct), l => l.Items.Count == 3, Ct);

        scaled.Output.Trim().ShouldBe("replicaset.apps/bare scaled", scaled.Error);
        pods.Items.Count.ShouldBe(3);
    }
}
