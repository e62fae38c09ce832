using System.Text.Json.Nodes;
using Dashboard.Sandbox.Tests.Support;
using static Dashboard.Sandbox.Tests.GatewayApi.GatewayKubectl;

namespace Dashboard.Sandbox.Tests.GatewayApi;

/// <summary>
/// The status a route gets from GKE's Gateway controller, one test per reason of the spec: attachment to
/// listeners (namespaces, hostnames, sections), backend resolution (Services, ports, ReferenceGrants, kinds),
/// and re-evaluation when what was missing appears. kubectl reads every status.
/// </summary>
public sealed class RouteStatusTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private const string GkeClass = "gke-l7-global-external-managed";
    private const string GkeController = "networking.gke.io/gateway";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARouteToAnExistingServiceIsAcceptedAndResolvedAndCountedOnTheListener()
    {
        var k = await StartAsync();
        await k.ApplyAsync(Service("web", 8080));
        await k.ApplyAsync(HttpRoute("shop", "  - name: front", backends: "    - {name: web, port: 8080}"));

        var route = await k.ReadUntilAsync("httproute", "shop", r => Reason(FirstParent(r), "ResolvedRefs") is not null);
        var gateway = await k.ReadUntilAsync("gateway", "front", g => (int?)g["status"]?["listeners"]?[0]?["attachedRoutes"] == 1);

        var parent = FirstParent(route)!;
        ((string?)parent["controllerName"]).ShouldBe(GkeController);
        parent["parentRef"]!.ToJsonString().ShouldBe("""{"group":"gateway.networking.k8s.io","kind":"Gateway","name":"front"}""");
        (Reason(parent, "Accepted"), Reason(parent, "ResolvedRefs")).ShouldBe(("Accepted", "ResolvedRefs"));
        ((long?)Condition(parent, "Accepted")!["observedGeneration"]).ShouldBe(1);
        var listener = gateway["status"]!["listeners"]![0]!;
        ((int?)listener["attachedRoutes"]).ShouldBe(1);
        listener["supportedKinds"]!.ToJsonString().ShouldBe(
            """[{"group":"gateway.networking.k8s.io","kind":"HTTPRoute"},{"group":"gateway.networking.k8s.io","kind":"GRPCRoute"}]""");
    }

    [Fact]
    public async Task ARouteInAnotherNamespaceIsNotAllowedByAListenerThatTakesItsOwnNamespaceOnly()
    {
        var k = await StartAsync();
        var other = await NewNamespaceAsync();
        await k.ApplyAsync(HttpRoute("visitor", $"  - name: front\n    namespace: {k.Namespace}"), other);

        var route = await k.ReadUntilAsync("httproute", "visitor", r => Reason(FirstParent(r), "Accepted") is not null, other);

        Reason(FirstParent(route), "Accepted").ShouldBe("NotAllowedByListeners");
        ((string?)Condition(FirstParent(route), "Accepted")!["status"]).ShouldBe("False");
    }

    [Fact]
    public async Task ASelectorListenerTakesRoutesFromNamespacesWithTheLabelOnly()
    {
        var k = await StartAsync("""
                - name: http
                  port: 80
                  protocol: HTTP
                  allowedRoutes:
                    namespaces:
                      from: Selector
                      selector:
                        matchLabels: {shared-gateway: "true"}
            """);
        var labelled = await NewNamespaceAsync();
        var plain = await NewNamespaceAsync();
        (await k.Runner.RunAsync(Ct, "label", "namespace", labelled, "shared-gateway=true")).ExitCode.ShouldBe(0);
        var parentRef = $"  - name: front\n    namespace: {k.Namespace}";
        await k.ApplyAsync(HttpRoute("in", parentRef), labelled);
        await k.ApplyAsync(HttpRoute("out", parentRef), plain);

        var accepted = await k.ReadUntilAsync("httproute", "in", r => Reason(FirstParent(r), "Accepted") is not null, labelled);
        var refused = await k.ReadUntilAsync("httproute", "out", r => Reason(FirstParent(r), "Accepted") is not null, plain);

        Reason(FirstParent(accepted), "Accepted").ShouldBe("Accepted");
        Reason(FirstParent(refused), "Accepted").ShouldBe("NotAllowedByListeners");
    }

    [Fact]
    public async Task ARouteWhoseHostnamesMissTheListenersHasNoMatchingListenerHostnameWhileAWildcardMatches()
    {
        var k = await StartAsync("""
                - name: http
                  port: 80
                  protocol: HTTP
                  hostname: "*.example.com"
            """);
        await k.ApplyAsync(HttpRoute("elsewhere", "  - name: front", "[shop.example.org]"));
        await k.ApplyAsync(HttpRoute("apex", "  - name: front", "[example.com]"));
        await k.ApplyAsync(HttpRoute("shop", "  - name: front", "[shop.example.com]"));

        var elsewhere = await k.ReadUntilAsync("httproute", "elsewhere", r => Reason(FirstParent(r), "Accepted") is not null);
        var apex = await k.ReadUntilAsync("httproute", "apex", r => Reason(FirstParent(r), "Accepted") is not null);
        var shop = await k.ReadUntilAsync("httproute", "shop", r => Reason(FirstParent(r), "Accepted") is not null);

        Reason(FirstParent(elsewhere), "Accepted").ShouldBe("NoMatchingListenerHostname");
        Reason(FirstParent(apex), "Accepted").ShouldBe("NoMatchingListenerHostname");
        Reason(FirstParent(shop), "Accepted").ShouldBe("Accepted");
    }

    [Fact]
    public async Task ARouteNamingAListenerSectionThatDoesNotExistOrAMissingGatewayHasNoMatchingParent()
    {
        var k = await StartAsync();
        await k.ApplyAsync(HttpRoute("section", "  - name: front\n    sectionName: https"));
        await k.ApplyAsync(HttpRoute("nowhere", "  - name: no-such-gateway"));

        var section = await k.ReadUntilAsync("httproute", "section", r => Reason(FirstParent(r), "Accepted") is not null);
        var nowhere = await k.ReadUntilAsync("httproute", "nowhere", r => Reason(FirstParent(r), "Accepted") is not null);

        Reason(FirstParent(section), "Accepted").ShouldBe("NoMatchingParent");
        ((string?)Condition(FirstParent(section), "Accepted")!["message"]).ShouldBe($"No listener https exists on Gateway {k.Namespace}/front");
        Reason(FirstParent(nowhere), "Accepted").ShouldBe("NoMatchingParent");
    }

    [Fact]
    public async Task AMissingServiceIsBackendNotFoundUntilTheServiceAppears()
    {
        var k = await StartAsync();
        await k.ApplyAsync(HttpRoute("later", "  - name: front", backends: "    - {name: api, port: 9000}"));
        var missing = await k.ReadUntilAsync("httproute", "later", r => Reason(FirstParent(r), "ResolvedRefs") is not null);

        await k.ApplyAsync(Service("api", 9000));
        var resolved = await k.ReadUntilAsync("httproute", "later", r => Reason(FirstParent(r), "ResolvedRefs") == "ResolvedRefs");

        Reason(FirstParent(missing), "ResolvedRefs").ShouldBe("BackendNotFound");
        ((string?)Condition(FirstParent(missing), "ResolvedRefs")!["message"]).ShouldBe(
            $"Failed to process route rule 0 backendRef 0: Service {k.Namespace}/api not found.");
        Reason(FirstParent(resolved), "ResolvedRefs").ShouldBe("ResolvedRefs");
        Reason(FirstParent(resolved), "Accepted").ShouldBe("Accepted");
    }

    [Fact]
    public async Task APortTheServiceDoesNotServeIsBackendNotFound()
    {
        var k = await StartAsync();
        await k.ApplyAsync(Service("web", 8080));
        await k.ApplyAsync(HttpRoute("wrong-port", "  - name: front", backends: "    - {name: web, port: 9090}"));

        var route = await k.ReadUntilAsync("httproute", "wrong-port", r => Reason(FirstParent(r), "ResolvedRefs") is not null);

        Reason(FirstParent(route), "ResolvedRefs").ShouldBe("BackendNotFound");
        ((string?)Condition(FirstParent(route), "ResolvedRefs")!["message"] ?? string.Empty).ShouldContain("port 9090 not found on Service");
    }

    [Fact]
    public async Task ABackendInAnotherNamespaceIsRefNotPermittedUntilAReferenceGrantThereAllowsIt()
    {
        var k = await StartAsync();
        var backends = await NewNamespaceAsync();
        await k.ApplyAsync(Service("shared", 80), backends);
        await k.ApplyAsync(HttpRoute("across", "  - name: front", backends: $"    - {{name: shared, namespace: {backends}, port: 80}}"));
        var refused = await k.ReadUntilAsync("httproute", "across", r => Reason(FirstParent(r), "ResolvedRefs") is not null);

        await k.ApplyAsync($"""
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata:
              name: routes-from-{k.Namespace}
            spec:
              from:
              - group: gateway.networking.k8s.io
                kind: HTTPRoute
                namespace: {k.Namespace}
              to:
              - group: ""
                kind: Service
            """, backends);
        var allowed = await k.ReadUntilAsync("httproute", "across", r => Reason(FirstParent(r), "ResolvedRefs") == "ResolvedRefs");

        Reason(FirstParent(refused), "ResolvedRefs").ShouldBe("RefNotPermitted");
        Reason(FirstParent(allowed), "ResolvedRefs").ShouldBe("ResolvedRefs");
    }

    [Fact]
    public async Task ABackendThatIsNotAServiceIsAnInvalidKind()
    {
        var k = await StartAsync();
        await k.ApplyAsync(HttpRoute("bucket", "  - name: front", backends: "    - {group: storage.example.com, kind: Bucket, name: assets}"));

        var route = await k.ReadUntilAsync("httproute", "bucket", r => Reason(FirstParent(r), "ResolvedRefs") is not null);

        Reason(FirstParent(route), "ResolvedRefs").ShouldBe("InvalidKind");
    }

    [Fact]
    public async Task AListenerCountsEveryRouteAttachedToItAndATcpRouteCannotAttachToAnHttpListener()
    {
        var k = await StartAsync("""
                - name: http
                  port: 80
                  protocol: HTTP
                - name: admin
                  port: 8080
                  protocol: HTTP
            """);
        await k.ApplyAsync(HttpRoute("one", "  - name: front\n    sectionName: http"));
        await k.ApplyAsync(HttpRoute("two", "  - name: front\n    sectionName: http"));
        await k.ApplyAsync(HttpRoute("both", "  - name: front"));
        await k.ApplyAsync("""
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TCPRoute
            metadata:
              name: raw
            spec:
              parentRefs:
              - name: front
              rules:
              - backendRefs:
                - {name: db, port: 5432}
            """);

        var gateway = await k.ReadUntilAsync("gateway", "front", g => (int?)g["status"]?["listeners"]?[0]?["attachedRoutes"] == 3);
        var raw = await k.ReadUntilAsync("tcproute", "raw", r => Reason(FirstParent(r), "Accepted") is not null);

        var listeners = gateway["status"]!["listeners"]!.AsArray();
        listeners.Select(l => ((string?)l!["name"], (int?)l["attachedRoutes"])).ShouldBe([("http", 3), ("admin", 1)]);
        Reason(FirstParent(raw), "Accepted").ShouldBe("NotAllowedByListeners");
    }

    private async Task<string> NewNamespaceAsync() => await (await clusters.GetAsync("gke")).NewNamespaceAsync(Ct);

    /// <summary>A namespace with a Gateway <c>front</c> of GKE's global class, programmed.</summary>
    private async Task<GatewayKubectl> StartAsync(string listeners = HttpListener)
    {
        var sandbox = await clusters.GetAsync("gke");
        var k = new GatewayKubectl(new KubectlRunner(sandbox), await sandbox.NewNamespaceAsync(Ct));
        await k.ApplyAsync(Gateway("front", GkeClass, listeners));
        var gateway = await k.ReadUntilAsync("gateway", "front", g => Reason(g["status"], "Programmed") == "Programmed");
        Reason(gateway["status"], "Programmed").ShouldBe("Programmed");
        return k;
    }
}
