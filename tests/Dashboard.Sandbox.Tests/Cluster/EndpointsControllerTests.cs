using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Cluster;

/// <summary>EndpointSlices and Endpoints follow a selecting Service's pods, as the controller-manager keeps them.</summary>
public sealed class EndpointsControllerTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private KubectlRunner Kubectl => new(sandbox);

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Fact]
    public async Task ASelectingServiceGetsAnOwnedSliceWithItsReadyPodsAndTheResolvedPort()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var service = await Core.CreateNamespacedServiceAsync(Pods.Service("web", labels: new Dictionary<string, string> { ["tier"] = "front" }), ns, cancellationToken: Ct);
        var pod = await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.11", ready: true, Ct);

        var slice = await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);

        slice.Metadata.Name.ShouldMatch("^web-[a-z0-9]{5}$");
        slice.Metadata.GenerateName.ShouldBe("web-");
        slice.Metadata.Labels.ShouldBe(new Dictionary<string, string>
        {
            ["tier"] = "front",
            ["kubernetes.io/service-name"] = "web",
            ["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io",
        }, ignoreOrder: true);
        var owner = slice.Metadata.OwnerReferences.ShouldHaveSingleItem();
        (owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion).ShouldBe(("Service", "web", service.Metadata.Uid, (bool?)true, (bool?)true));
        slice.AddressType.ShouldBe("IPv4");
        var endpoint = slice.Endpoints.ShouldHaveSingleItem();
        endpoint.Addresses.ShouldBe(["10.42.0.11"]);
        (endpoint.Conditions.Ready, endpoint.Conditions.Serving, endpoint.Conditions.Terminating).ShouldBe(((bool?)true, (bool?)true, (bool?)false));
        endpoint.NodeName.ShouldBe("rke-custom-node-1");
        (endpoint.TargetRef.Kind, endpoint.TargetRef.Name, endpoint.TargetRef.Uid).ShouldBe(("Pod", "web-1", pod.Metadata.Uid));
        var port = slice.Ports.ShouldHaveSingleItem();
        (port.Name, port.Protocol, port.Port).ShouldBe(("http", "TCP", (int?)8080));
    }

    [Fact]
    public async Task KubectlShowsThePodIpsAndPortInTheSliceAndTheEndpoints()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.21", ready: true, Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-2", "10.42.0.22", ready: true, Ct);
        await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 2);
        await EndpointsOfAsync(ns, "web", e => e?.Subsets?.SingleOrDefault()?.Addresses?.Count == 2);

        var slices = await Kubectl.RunAsync(Ct, "get", "endpointslices", "-n", ns, "-l", "kubernetes.io/service-name=web");
        var endpoints = await Kubectl.RunAsync(Ct, "get", "endpoints", "web", "-n", ns);

        slices.ExitCode.ShouldBe(0, slices.Error);
        Columns(slices.Lines[0]).ShouldBe(["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]);
        Columns(slices.Lines[1])[1..4].ShouldBe(["IPv4", "8080", "10.42.0.21,10.42.0.22"]);
        endpoints.ExitCode.ShouldBe(0, endpoints.Error);
        Columns(endpoints.Lines[0]).ShouldBe(["NAME", "ENDPOINTS", "AGE"]);
        Columns(endpoints.Lines[1])[..2].ShouldBe(["web", "10.42.0.21:8080,10.42.0.22:8080"]);
    }

    [Fact]
    public async Task APodTurningNotReadyMovesToNotReadyAddressesAndIsNoLongerReadyInTheSlice()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.31", ready: true, Ct);
        await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);

        await Pods.SetStatusAsync(sandbox.Client, ns, "web-1", "10.42.0.31", ready: false, Ct);
        var slice = await SliceOfAsync(ns, "web", s => s.Endpoints?.SingleOrDefault()?.Conditions.Ready == false);
        var endpoints = await EndpointsOfAsync(ns, "web", e => e?.Subsets?.SingleOrDefault()?.NotReadyAddresses is { Count: 1 });

        var endpoint = slice.Endpoints.ShouldHaveSingleItem();
        (endpoint.Conditions.Ready, endpoint.Conditions.Serving).ShouldBe(((bool?)false, (bool?)false));
        var subset = endpoints!.Subsets.ShouldHaveSingleItem();
        subset.Addresses.ShouldBeNull();
        subset.NotReadyAddresses.ShouldHaveSingleItem().Ip.ShouldBe("10.42.0.31");
        subset.Ports.ShouldHaveSingleItem().Port.ShouldBe(8080);
    }

    [Fact]
    public async Task ADeletedPodDropsOutOfTheSliceAndTheEndpoints()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.41", ready: true, Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-2", "10.42.0.42", ready: true, Ct);
        await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 2);

        // Raw HTTP: the typed client expects the deleted Pod back, where the sandbox answers a Status.
        using var http = sandbox.CreateHttpClient();
        (await http.DeleteAsync($"/api/v1/namespaces/{ns}/pods/web-1", Ct)).EnsureSuccessStatusCode();
        var slice = await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);
        var endpoints = await EndpointsOfAsync(ns, "web", e => e?.Subsets?.SingleOrDefault()?.Addresses?.Count == 1);

        slice.Endpoints.ShouldHaveSingleItem().Addresses.ShouldBe(["10.42.0.42"]);
        endpoints!.Subsets.ShouldHaveSingleItem().Addresses.ShouldHaveSingleItem().Ip.ShouldBe("10.42.0.42");
    }

    [Fact]
    public async Task ChangingTheSelectorMovesTheEndpointsToTheNewPods()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.51", ready: true, Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "api-1", "10.42.0.52", ready: true, Ct, app: "api");
        await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);

        var patch = new V1Patch("""{"spec":{"selector":{"app":"api"}}}""", V1Patch.PatchType.MergePatch);
        await Core.PatchNamespacedServiceAsync(patch, "web", ns, cancellationToken: Ct);
        var slice = await SliceOfAsync(ns, "web", s => s.Endpoints?.SingleOrDefault()?.TargetRef.Name == "api-1");
        var endpoints = await EndpointsOfAsync(ns, "web", e => e?.Subsets?.SingleOrDefault()?.Addresses?.SingleOrDefault()?.Ip == "10.42.0.52");

        slice.Endpoints.ShouldHaveSingleItem().Addresses.ShouldBe(["10.42.0.52"]);
        endpoints!.Subsets.ShouldHaveSingleItem().Addresses.ShouldHaveSingleItem().TargetRef.Name.ShouldBe("api-1");
    }

    [Fact]
    public async Task DeletingTheServiceTakesItsSlicesAndEndpoints()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.61", ready: true, Ct);
        await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);
        await EndpointsOfAsync(ns, "web", e => e is not null);

        var deleted = await Kubectl.RunAsync(Ct, "delete", "service", "web", "-n", ns);
        var slices = await Eventually.ReturnsAsync(() => SlicesAsync(ns, "web"), s => s.Count == 0, Ct);
        var endpoints = await EndpointsOfAsync(ns, "web", e => e is null);

        deleted.Output.Trim().ShouldBe("service \"web\" deleted", deleted.Error);
        slices.ShouldBeEmpty();
        endpoints.ShouldBeNull();
    }

    [Fact]
    public async Task AServiceWithoutASelectorGetsNoSliceAndKeepsTheEndpointsItsUserWrites()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var manual = new V1Service { Metadata = new V1ObjectMeta { Name = "external" }, Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 5432 }] } };
        await Core.CreateNamespacedServiceAsync(manual, ns, cancellationToken: Ct);
        await Core.CreateNamespacedEndpointsAsync(new V1Endpoints
        {
            Metadata = new V1ObjectMeta { Name = "external" },
            Subsets = [new V1EndpointSubset { Addresses = [new V1EndpointAddress { Ip = "192.0.2.50" }], Ports = [new Corev1EndpointPort { Port = 5432 }] }],
        }, ns, cancellationToken: Ct);

        // A selecting Service created afterwards gets its slice: once it has, the first was looked at too.
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await SliceOfAsync(ns, "web", _ => true);

        (await SlicesAsync(ns, "external")).ShouldBeEmpty();
        var endpoints = await Core.ReadNamespacedEndpointsAsync("external", ns, cancellationToken: Ct);
        endpoints.Subsets.ShouldHaveSingleItem().Addresses.ShouldHaveSingleItem().Ip.ShouldBe("192.0.2.50");
    }

    [Fact]
    public async Task AServiceWithoutPodsHasAnEmptyPlaceholderSliceAndEndpoints()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);

        var slice = await SliceOfAsync(ns, "web", _ => true);
        var endpoints = await EndpointsOfAsync(ns, "web", e => e is not null);
        var printed = await Kubectl.RunAsync(Ct, "get", "endpoints", "web", "-n", ns);

        slice.Endpoints.ShouldBeNull();
        slice.Ports.ShouldBeNull();
        endpoints!.Subsets.ShouldBeNull();
        endpoints.Metadata.Annotations.ShouldContainKey("endpoints.kubernetes.io/last-change-trigger-time");
        Columns(printed.Lines[1])[..2].ShouldBe(["web", "<none>"]);
    }

    [Fact]
    public async Task NothingChangedMeansNoWrite()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.71", ready: true, Ct);
        var before = await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);
        var endpointsBefore = await EndpointsOfAsync(ns, "web", e => e?.Subsets is { Count: 1 });

        // A label on the pod that the Service does not select on changes nothing behind it.
        await Core.PatchNamespacedPodAsync(new V1Patch("""{"metadata":{"labels":{"extra":"x"}}}""", V1Patch.PatchType.MergePatch), "web-1", ns, cancellationToken: Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("later", app: "none"), ns, cancellationToken: Ct);
        await SliceOfAsync(ns, "later", _ => true);
        var after = await SliceOfAsync(ns, "web", _ => true);
        var endpointsAfter = await EndpointsOfAsync(ns, "web", e => e is not null);

        after.Metadata.ResourceVersion.ShouldBe(before.Metadata.ResourceVersion);
        endpointsAfter!.Metadata.ResourceVersion.ShouldBe(endpointsBefore!.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task AnEndpointCarriesTheZoneOfItsNode()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var node = "zoned-" + ns;
        await Core.CreateNodeAsync(new V1Node { Metadata = new V1ObjectMeta { Name = node, Labels = new Dictionary<string, string> { ["topology.kubernetes.io/zone"] = "eu-west-1b" } } }, cancellationToken: Ct);
        await Core.CreateNamespacedServiceAsync(Pods.Service("web"), ns, cancellationToken: Ct);
        await Pods.RunningAsync(sandbox.Client, ns, "web-1", "10.42.0.81", ready: true, Ct, node: node);

        var slice = await SliceOfAsync(ns, "web", s => s.Endpoints?.Count == 1);

        var endpoint = slice.Endpoints.ShouldHaveSingleItem();
        (endpoint.NodeName, endpoint.Zone).ShouldBe((node, "eu-west-1b"));
    }

    [Fact]
    public async Task AHeadlessServicesSliceAndEndpointsAreMarkedHeadless()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var headless = Pods.Service("db");
        headless.Spec.ClusterIP = "None";
        await Core.CreateNamespacedServiceAsync(headless, ns, cancellationToken: Ct);

        var slice = await SliceOfAsync(ns, "db", _ => true);
        var endpoints = await EndpointsOfAsync(ns, "db", e => e is not null);

        slice.Metadata.Labels.ShouldContainKeyAndValue("service.kubernetes.io/headless", string.Empty);
        endpoints!.Metadata.Labels.ShouldContainKeyAndValue("service.kubernetes.io/headless", string.Empty);
    }

    [Fact]
    public async Task TheKubernetesServiceHasTheApiServersSliceBesideItsEndpoints()
    {
        var slice = await Eventually.ReturnsAsync(() => SlicesAsync("default", "kubernetes"), s => s.Count == 1, Ct);
        var endpoints = await Core.ReadNamespacedEndpointsAsync("kubernetes", "default", cancellationToken: Ct);

        var only = slice.ShouldHaveSingleItem();
        only.Metadata.Name.ShouldBe("kubernetes");
        only.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["kubernetes.io/service-name"] = "kubernetes" });
        only.Metadata.OwnerReferences.ShouldBeNull();
        only.Endpoints.SelectMany(e => e.Addresses).ShouldBe(endpoints.Subsets.Single().Addresses.Select(a => a.Ip));
        only.Ports.ShouldHaveSingleItem().Port.ShouldBe(6443);
    }

    private async Task<IList<V1EndpointSlice>> SlicesAsync(string ns, string service) =>
        (await sandbox.Client.DiscoveryV1.ListNamespacedEndpointSliceAsync(ns, labelSelector: $"kubernetes.io/service-name={service}", cancellationToken: Ct)).Items;

    private async Task<V1EndpointSlice> SliceOfAsync(string ns, string service, Func<V1EndpointSlice, bool> done)
    {
        var slices = await Eventually.ReturnsAsync(() => SlicesAsync(ns, service), s => s.Count == 1 && done(s[0]), Ct);
        var slice = slices.ShouldHaveSingleItem();
        done(slice).ShouldBeTrue("the slice never reached the expected state");
        return slice;
    }

    private async Task<V1Endpoints?> EndpointsOfAsync(string ns, string name, Func<V1Endpoints?, bool> done)
    {
        var endpoints = await Eventually.ReturnsAsync(
            async () => (await Core.ListNamespacedEndpointsAsync(ns, fieldSelector: $"metadata.name={name}", cancellationToken: Ct)).Items.SingleOrDefault(),
            done,
            Ct);
        done(endpoints).ShouldBeTrue("the Endpoints never reached the expected state");
        return endpoints;
    }

    private static string[] Columns(string line) => Regex.Split(line.Trim(), @"\s+");
}
