using System.Net;
using System.Text;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Cluster;

/// <summary>Owners and dependents by ownerReference uid: Background, Orphan and Foreground deletion, and finalizers.</summary>
public sealed class GarbageCollectorTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Hold = "example.com/hold";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private KubectlRunner Kubectl => new(sandbox);

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task DeletingADeploymentInTheBackgroundTakesItsReplicaSetsAndTheirPods()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var deployment = await sandbox.Client.AppsV1.CreateNamespacedDeploymentAsync(Deployment("web"), ns, cancellationToken: Ct);
        var replicaSet = await sandbox.Client.AppsV1.CreateNamespacedReplicaSetAsync(ReplicaSet("web-5d9c8", Owner(deployment.Kind ?? "Deployment", "apps/v1", deployment.Metadata)), ns, cancellationToken: Ct);
        await Core.CreateNamespacedPodAsync(Pod("web-5d9c8-x7k2p", Owner("ReplicaSet", "apps/v1", replicaSet.Metadata)), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "delete", "deployment", "web", "-n", ns);
        var replicaSets = await Eventually.ReturnsAsync(async () => (await sandbox.Client.AppsV1.ListNamespacedReplicaSetAsync(ns, cancellationToken: Ct)).Items, i => i.Count == 0, Ct);
        var pods = await Eventually.ReturnsAsync(async () => (await Core.ListNamespacedPodAsync(ns, cancellationToken: Ct)).Items, i => i.Count == 0, Ct);

        result.Output.Trim().ShouldBe("deployment.apps \"web\" deleted", result.Error);
        replicaSets.ShouldBeEmpty();
        pods.ShouldBeEmpty();
    }

    [Fact]
    public async Task OrphaningKeepsTheDependentsWithoutTheOwnerReference()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var owner = await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("owner"), ns, cancellationToken: Ct);
        await Core.CreateNamespacedConfigMapAsync(Dependent("dependent", owner), ns, cancellationToken: Ct);

        await Core.DeleteNamespacedConfigMapAsync("owner", ns, propagationPolicy: "Orphan", cancellationToken: Ct);
        var names = await Eventually.ReturnsAsync(() => NamesAsync(ns), n => !n.Contains("owner"), Ct);
        var dependent = await Core.ReadNamespacedConfigMapAsync("dependent", ns, cancellationToken: Ct);

        names.ShouldBe(["dependent"]);
        dependent.Metadata.OwnerReferences.ShouldBeNull();
        dependent.Metadata.DeletionTimestamp.ShouldBeNull();
    }

    [Fact]
    public async Task ForegroundDeletionKeepsTheOwnerUntilItsBlockingDependentsAreGone()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var owner = await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("owner"), ns, cancellationToken: Ct);
        var held = Dependent("dependent", owner);
        held.Metadata.Finalizers = [Hold];
        await Core.CreateNamespacedConfigMapAsync(held, ns, cancellationToken: Ct);

        using var http = sandbox.CreateHttpClient();
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/namespaces/{ns}/configmaps/owner")
        {
            Content = new StringContent("""{"propagationPolicy":"Foreground"}""", Encoding.UTF8, "application/json"),
        }, Ct);
        var marked = KubernetesJson.Deserialize<V1ConfigMap>(await response.Content.ReadAsStringAsync(Ct));
        var dependent = await Eventually.ReturnsAsync(() => Core.ReadNamespacedConfigMapAsync("dependent", ns, cancellationToken: Ct), c => c.Metadata.DeletionTimestamp is not null, Ct);
        var waiting = await Core.ReadNamespacedConfigMapAsync("owner", ns, cancellationToken: Ct);

        await Core.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"finalizers":null}}""", V1Patch.PatchType.MergePatch), "dependent", ns, cancellationToken: Ct);
        var names = await Eventually.ReturnsAsync(() => NamesAsync(ns), n => n.Count == 0, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        marked.Metadata.Finalizers.ShouldBe(["foregroundDeletion"]);
        marked.Metadata.DeletionTimestamp.ShouldNotBeNull();
        marked.Metadata.DeletionGracePeriodSeconds.ShouldBe(0);
        dependent.Metadata.Finalizers.ShouldContain(Hold);
        waiting.Metadata.Finalizers.ShouldBe(["foregroundDeletion"]);
        names.ShouldBeEmpty();
    }

    [Fact]
    public async Task KubectlCascadeForegroundReturnsOnceTheOwnerAndItsDependentsAreGone()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var owner = await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("owner"), ns, cancellationToken: Ct);
        await Core.CreateNamespacedConfigMapAsync(Dependent("dependent", owner), ns, cancellationToken: Ct);

        var result = await Kubectl.RunAsync(Ct, "delete", "configmap", "owner", "-n", ns, "--cascade=foreground");
        var names = await NamesAsync(ns);

        result.Output.Trim().ShouldBe("configmap \"owner\" deleted", result.Error);
        names.ShouldBeEmpty();
    }

    [Fact]
    public async Task ADependentWithAnotherLiveOwnerOnlyLosesTheReferenceToTheDeletedOne()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var first = await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("first"), ns, cancellationToken: Ct);
        var second = await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("second"), ns, cancellationToken: Ct);
        var shared = Objects.ConfigMap("shared");
        shared.Metadata.OwnerReferences = [Owner("ConfigMap", "v1", first.Metadata), Owner("ConfigMap", "v1", second.Metadata)];
        await Core.CreateNamespacedConfigMapAsync(shared, ns, cancellationToken: Ct);

        await Core.DeleteNamespacedConfigMapAsync("first", ns, propagationPolicy: "Background", cancellationToken: Ct);
        var kept = await Eventually.ReturnsAsync(() => Core.ReadNamespacedConfigMapAsync("shared", ns, cancellationToken: Ct), c => c.Metadata.OwnerReferences?.Count == 1, Ct);

        kept.Metadata.OwnerReferences.ShouldHaveSingleItem().Name.ShouldBe("second");
        kept.Metadata.DeletionTimestamp.ShouldBeNull();
    }

    [Fact]
    public async Task AnObjectWithFinalizersIsOnlyMarkedUntilAnUpdateRemovesTheLastOne()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var held = Objects.ConfigMap("held");
        held.Metadata.Finalizers = ["example.com/a", "example.com/b"];
        await Core.CreateNamespacedConfigMapAsync(held, ns, cancellationToken: Ct);
        using var http = sandbox.CreateHttpClient();

        using var response = await http.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/held", Ct);
        var marked = KubernetesJson.Deserialize<V1ConfigMap>(await response.Content.ReadAsStringAsync(Ct));
        var added = await ApiError.Of(() => Core.PatchNamespacedConfigMapAsync(
            new V1Patch("""{"metadata":{"finalizers":["example.com/a","example.com/b","example.com/c"]}}""", V1Patch.PatchType.MergePatch), "held", ns, cancellationToken: Ct));
        await Core.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"finalizers":["example.com/b"]}}""", V1Patch.PatchType.MergePatch), "held", ns, cancellationToken: Ct);
        var stillThere = await NamesAsync(ns);
        await Core.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"finalizers":[]}}""", V1Patch.PatchType.MergePatch), "held", ns, cancellationToken: Ct);
        var afterLast = await NamesAsync(ns);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (marked.Kind, marked.Metadata.Name, marked.Metadata.DeletionGracePeriodSeconds).ShouldBe(("ConfigMap", "held", (long?)0));
        marked.Metadata.DeletionTimestamp.ShouldNotBeNull();
        added.Code.ShouldBe(HttpStatusCode.UnprocessableEntity);
        added.Message.ShouldBe("ConfigMap \"held\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/c\"}");
        stillThere.ShouldBe(["held"]);
        afterLast.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnknownPropagationPolicyIsInvalid()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("one"), ns, cancellationToken: Ct);

        var (code, reason, message) = await ApiError.Of(() => Core.DeleteNamespacedConfigMapAsync("one", ns, propagationPolicy: "Sideways", cancellationToken: Ct));

        (code, reason).ShouldBe((HttpStatusCode.UnprocessableEntity, "Invalid"));
        message.ShouldBe("DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"Sideways\": supported values: \"Foreground\", \"Background\", \"Orphan\"");
        (await NamesAsync(ns)).ShouldBe(["one"]);
    }

    private async Task<List<string>> NamesAsync(string ns) =>
        (await Core.ListNamespacedConfigMapAsync(ns, cancellationToken: Ct)).Items.Select(c => c.Metadata.Name).ToList();

    private static V1OwnerReference Owner(string kind, string apiVersion, V1ObjectMeta owner) =>
        new() { ApiVersion = apiVersion, Kind = kind, Name = owner.Name, Uid = owner.Uid, Controller = true, BlockOwnerDeletion = true };

    private static V1ConfigMap Dependent(string name, V1ConfigMap owner)
    {
        var dependent = Objects.ConfigMap(name);
        dependent.Metadata.OwnerReferences = [Owner("ConfigMap", "v1", owner.Metadata)];
        return dependent;
    }

    private static V1Deployment Deployment(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1DeploymentSpec
        {
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx" }] },
            },
        },
    };

    private static V1ReplicaSet ReplicaSet(string name, V1OwnerReference owner) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, OwnerReferences = [owner] },
        Spec = new V1ReplicaSetSpec
        {
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web", ["pod-template-hash"] = "5d9c8" } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web", ["pod-template-hash"] = "5d9c8" } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx" }] },
            },
        },
    };

    private static V1Pod Pod(string name, V1OwnerReference owner) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, OwnerReferences = [owner], Labels = new Dictionary<string, string> { ["app"] = "web", ["pod-template-hash"] = "5d9c8" } },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx" }] },
    };
}
