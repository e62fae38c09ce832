using System.Globalization;
using System.Net;
using System.Text;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Cluster;

/// <summary>Deleting a namespace: Terminating first, its content removed by the namespace controller, then the namespace.</summary>
public sealed class NamespaceDeletionTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Hold = "example.com/hold";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private KubectlRunner Kubectl => new(sandbox);

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task KubectlDeleteNamespaceReturnsOnceEverythingInItIsGone()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.1.11", ready: true, Ct);
        await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("settings"), ns, cancellationToken: Ct);
        await Core.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "token" }, StringData = new Dictionary<string, string> { ["k"] = "v" } }, ns, cancellationToken: Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com"), ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(async () => (await sandbox.Client.DiscoveryV1.ListNamespacedEndpointSliceAsync(ns, cancellationToken: Ct)).Items.Count, n => n == 1, Ct);

        var result = await Kubectl.RunAsync(Ct, "delete", "namespace", ns);
        var (code, _, _) = await ApiError.Of(() => Core.ReadNamespaceAsync(ns, cancellationToken: Ct));
        var inside = $"metadata.namespace={ns}";

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.Trim().ShouldBe($"namespace \"{ns}\" deleted");
        code.ShouldBe(HttpStatusCode.NotFound);
        (await Core.ListServiceForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
        (await Core.ListPodForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
        (await Core.ListConfigMapForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
        (await Core.ListSecretForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
        (await Core.ListEndpointsForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
        (await sandbox.Client.DiscoveryV1.ListEndpointSliceForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
        (await sandbox.Client.NetworkingV1.ListIngressForAllNamespacesAsync(fieldSelector: inside, cancellationToken: Ct)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task ANamespaceHeldByAFinalizerStaysTerminatingAndRefusesNewContent()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedConfigMapAsync(Held("held"), ns, cancellationToken: Ct);
        using var http = sandbox.CreateHttpClient();

        using var first = await http.DeleteAsync($"/api/v1/namespaces/{ns}", Ct);
        var marked = KubernetesJson.Deserialize<V1Namespace>(await first.Content.ReadAsStringAsync(Ct));
        var printed = await Kubectl.RunAsync(Ct, "get", "namespace", ns);
        var created = await ApiError.Of(() => Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("late"), ns, cancellationToken: Ct));
        var again = await ApiError.Of(() => Core.DeleteNamespaceAsync(ns, cancellationToken: Ct));
        var waiting = await Eventually.ReturnsAsync(() => Core.ReadNamespaceAsync(ns, cancellationToken: Ct), n => Condition(n, "NamespaceFinalizersRemaining")?.Status == "True", Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (marked.Kind, marked.Status.Phase, marked.Metadata.DeletionTimestamp.HasValue).ShouldBe(("Namespace", "Terminating", true));
        printed.Lines[1].ShouldStartWith(ns);
        printed.Lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].ShouldBe("Terminating");
        created.ShouldBe((HttpStatusCode.Forbidden, "Forbidden", $"configmaps \"late\" is forbidden: unable to create new content in namespace {ns} because it is being terminated"));
        again.ShouldBe((HttpStatusCode.Conflict, "Conflict", $"Operation cannot be fulfilled on namespaces \"{ns}\": The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system."));
        Condition(waiting, "NamespaceContentRemaining").ShouldSatisfyAllConditions(
            c => c!.Status.ShouldBe("True"),
            c => c!.Reason.ShouldBe("SomeResourcesRemain"),
            c => c!.Message.ShouldBe("Some resources are remaining: configmaps. has 1 resource instances"));
        Condition(waiting, "NamespaceFinalizersRemaining")!.Message.ShouldBe($"Some content in the namespace has finalizers remaining: {Hold} in 1 resource instances");
        Condition(waiting, "NamespaceDeletionDiscoveryFailure")!.ShouldSatisfyAllConditions(
            c => c.Status.ShouldBe("False"),
            c => c.Reason.ShouldBe("ResourcesDiscovered"));
        (await Core.ReadNamespacedConfigMapAsync("held", ns, cancellationToken: Ct)).Metadata.DeletionTimestamp.ShouldNotBeNull();
    }

    [Fact]
    public async Task RemovingTheLastFinalizerOfItsContentLetsTheNamespaceGo()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedConfigMapAsync(Held("held"), ns, cancellationToken: Ct);
        await Core.DeleteNamespaceAsync(ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(() => Core.ReadNamespacedConfigMapAsync("held", ns, cancellationToken: Ct), c => c.Metadata.DeletionTimestamp is not null, Ct);

        await Core.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"finalizers":null}}""", V1Patch.PatchType.MergePatch), "held", ns, cancellationToken: Ct);
        var remaining = await Eventually.ReturnsAsync(
            async () => (await Core.ListNamespaceAsync(fieldSelector: $"metadata.name={ns}", cancellationToken: Ct)).Items.Count,
            count => count == 0,
            Ct);

        remaining.ShouldBe(0);
        (await Core.ListConfigMapForAllNamespacesAsync(fieldSelector: $"metadata.namespace={ns}", cancellationToken: Ct)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AWatchSeesTheContentDeletedAndThenTheNamespace()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await using var configMaps = ConfigMapWatch.Start(sandbox.Client, ns, Ct);
        await configMaps.EstablishAsync("one", Ct);
        await Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap("two"), ns, cancellationToken: Ct);
        (await configMaps.NextAsync(Ct)).Type.ShouldBe(WatchEventType.Added);
        var namespaces = new List<(WatchEventType Type, V1Namespace Object)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        stop.CancelAfter(TimeSpan.FromSeconds(10));
        var listed = await Core.ListNamespaceAsync(fieldSelector: $"metadata.name={ns}", cancellationToken: Ct);
        var watching = Task.Run(async () =>
        {
            await foreach (var change in Core.WatchListNamespaceAsync(fieldSelector: $"metadata.name={ns}", resourceVersion: listed.Metadata.ResourceVersion, cancellationToken: stop.Token))
            {
                namespaces.Add(change);
                if (change.Item1 == WatchEventType.Deleted)
                {
                    return;
                }
            }
        }, Ct);

        await Core.DeleteNamespaceAsync(ns, cancellationToken: Ct);
        var contents = new[] { await configMaps.NextAsync(Ct), await configMaps.NextAsync(Ct) };
        await watching;

        contents.Select(c => (c.Type, c.Object.Metadata.Name)).ShouldBe([(WatchEventType.Deleted, "one"), (WatchEventType.Deleted, "two")], ignoreOrder: true);
        namespaces[0].Type.ShouldBe(WatchEventType.Modified);
        namespaces[0].Object.Status.Phase.ShouldBe("Terminating");
        namespaces[^1].Type.ShouldBe(WatchEventType.Deleted);
        var lastContent = contents.Max(c => long.Parse(c.Object.Metadata.ResourceVersion, CultureInfo.InvariantCulture));
        long.Parse(namespaces[^1].Object.Metadata.ResourceVersion, CultureInfo.InvariantCulture).ShouldBeGreaterThan(lastContent);
    }

    [Fact]
    public async Task TheFinalizeSubresourceReplacesOnlyTheFinalizers()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        using var http = sandbox.CreateHttpClient();
        var body = $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{ns}}}","labels":{"ignored":"yes"}},"spec":{"finalizers":["kubernetes","example.com/extra"]}}""";

        using var response = await http.PutAsync($"/api/v1/namespaces/{ns}/finalize", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var stored = await Core.ReadNamespaceAsync(ns, cancellationToken: Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        stored.Spec.Finalizers.ShouldBe(["kubernetes", "example.com/extra"]);
        stored.Metadata.Labels.ShouldNotContainKey("ignored");
        stored.Status.Phase.ShouldBe("Active");
    }

    private static V1ConfigMap Held(string name)
    {
        var configMap = Objects.ConfigMap(name);
        configMap.Metadata.Finalizers = [Hold];
        return configMap;
    }

    private static V1NamespaceCondition? Condition(V1Namespace ns, string type) => ns.Status.Conditions?.SingleOrDefault(c => c.Type == type);
}
