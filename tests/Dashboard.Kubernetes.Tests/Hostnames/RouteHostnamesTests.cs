using Dashboard.Core.Hostnames;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Tests.Caching;
using static Dashboard.Kubernetes.Tests.Hostnames.HostnameLab;

namespace Dashboard.Kubernetes.Tests.Hostnames;

/// <summary>
/// Generated hostnames for HTTPRoutes against a real sandbox API server whose simulated gateway controller gives
/// Gateways their addresses: the one-click, the reconciler, and the refusals, with kubectl making the changes.
/// </summary>
public class RouteHostnamesTests
{
    private static readonly Actor Admin = CachingHost.Admin;

    private static string GatewayYaml(string name, string className, string? listenerHostname = null, string? staticIp = null) => $$"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: {{name}}, namespace: default}
        spec:
          gatewayClassName: {{className}}
        {{(staticIp is null ? "" : $"  addresses: [{{type: IPAddress, value: \"{staticIp}\"}}]\n")}}  listeners:
          - {name: http, protocol: HTTP, port: 80{{(listenerHostname is null ? "" : $", hostname: \"{listenerHostname}\"")}}}
        """;

    private static string RouteYaml(string name, string gateway, string? hostname = null, bool requested = false) => $$"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: {{name}}
          namespace: default
        {{(requested ? "  annotations: {dashboard.io/hostname: generate}\n" : "")}}spec:
          parentRefs: [{name: {{gateway}}}]
        {{(hostname is null ? "" : $"  hostnames: [\"{hostname}\"]\n")}}  rules:
          - backendRefs: [{name: web, port: 80}]
        """;

    private const string GkeClass = "gke-l7-global-external-managed";

    private static async Task<string> HostnamesAsync(HostnameLab lab, string route) =>
        await lab.Kubectl.ReadAsync("get", "httproute", route, "-n", "default", "-o", "jsonpath={.spec.hostnames}");

    private static async Task<string> GatewayIpAsync(HostnameLab lab, string gateway) =>
        await Eventually.ReturnsAsync(
            () => lab.Kubectl.ReadAsync("get", "gateway", gateway, "-n", "default", "-o", "jsonpath={.status.addresses[0].value}"),
            ip => ip.Length > 0, timeoutMs: 10_000);

    [Fact]
    public async Task APlaceholderHostnameSetWithKubectlIsFilledInFromTheGatewaysIpByTheReconciler()
    {
        await using var lab = await StartAsync("gke");
        await lab.StartReconcilerAsync();

        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", GkeClass) + "\n---\n" + RouteYaml("api", "shop", "sslip.io", requested: true));

        var ip = await GatewayIpAsync(lab, "shop");
        var expected = $"api.default.{ip}.sslip.io";
        var hostnames = await Eventually.ReturnsAsync(() => HostnamesAsync(lab, "api"), h => h.Contains(expected, StringComparison.Ordinal), timeoutMs: 10_000);
        hostnames.ShouldBe($"[\"{expected}\"]");
        (await lab.Kubectl.ReadAsync("get", "httproute", "api", "-n", "default", "-o", "jsonpath={.metadata.annotations.dashboard\\.io/generated-hosts}")).ShouldBe(expected);
        var audit = (await Eventually.ReturnsAsync(lab.RouteAuditAsync, rows => rows.Count >= 1)).ShouldHaveSingleItem();
        audit.Actor.ShouldBe("system:hostnames");
        audit.Message!.ShouldContain($"sslip.io → {expected}");
    }

    [Fact]
    public async Task GenerateGivesARouteWithoutHostnamesTheNameOfItsGatewayAndASecondClickChangesNothing()
    {
        await using var lab = await StartAsync("gke");
        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", GkeClass) + "\n---\n" + RouteYaml("bare", "shop"));
        var ip = await GatewayIpAsync(lab, "shop");

        var first = await lab.RouteHostnames.GenerateAsync(lab.Id, "default", "bare", Admin, Cancel);
        var second = await lab.RouteHostnames.GenerateAsync(lab.Id, "default", "bare", Admin, Cancel);

        first.Outcome.ShouldBe(HostnameOutcome.Generated);
        first.Hostname.ShouldBe($"bare.default.{ip}.sslip.io");
        first.Message.ShouldBe($"HTTPRoute default/bare answers at bare.default.{ip}.sslip.io.");
        second.Outcome.ShouldBe(HostnameOutcome.UpToDate);
        second.Changed.ShouldBeFalse();
        (await HostnamesAsync(lab, "bare")).ShouldBe($"[\"bare.default.{ip}.sslip.io\"]");
        (await lab.RouteAuditAsync()).ShouldHaveSingleItem().Actor.ShouldBe(Admin.UserName);
    }

    [Fact]
    public async Task WhenTheGatewaysAddressChangesTheGeneratedHostnameFollowsIncludingToIpv6()
    {
        await using var lab = await StartAsync("gke");
        await lab.StartReconcilerAsync();
        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", GkeClass, staticIp: "198.51.100.201") + "\n---\n" + RouteYaml("api", "shop", "sslip.io", requested: true));
        await Eventually.ReturnsAsync(() => HostnamesAsync(lab, "api"), h => h.Contains("api.default.198.51.100.201.sslip.io", StringComparison.Ordinal), timeoutMs: 10_000);

        // A reserved static address, as on GKE: the controller gives the Gateway the one it asks for.
        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", GkeClass, staticIp: "2001:db8::201"));

        var hostnames = await Eventually.ReturnsAsync(() => HostnamesAsync(lab, "api"), h => h.Contains("2001-db8--201", StringComparison.Ordinal), timeoutMs: 10_000);
        hostnames.ShouldBe("[\"api.default.2001-db8--201.sslip.io\"]");
        (await Eventually.ReturnsAsync(lab.RouteAuditAsync, rows => rows.Count >= 2)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ARouteWhoseGatewayDoesNotExistYetWaitsAndIsFilledInOnceTheGatewayHasAnAddress()
    {
        await using var lab = await StartAsync("gke");
        await lab.StartReconcilerAsync();
        await lab.Kubectl.ApplyAsync(RouteYaml("early", "later"));

        var waiting = await lab.RouteHostnames.GenerateAsync(lab.Id, "default", "early", Admin, Cancel);
        waiting.Outcome.ShouldBe(HostnameOutcome.WaitingForAddress);
        waiting.Changed.ShouldBeTrue(); // the request is remembered on the route
        await lab.Kubectl.ApplyAsync(GatewayYaml("later", GkeClass));

        var ip = await GatewayIpAsync(lab, "later");
        var hostnames = await Eventually.ReturnsAsync(() => HostnamesAsync(lab, "early"), h => h.Contains(ip, StringComparison.Ordinal), timeoutMs: 10_000);
        hostnames.ShouldBe($"[\"early.default.{ip}.sslip.io\"]");
        (await lab.Kubectl.ReadAsync("get", "httproute", "early", "-n", "default", "-o", "jsonpath={.metadata.annotations.dashboard\\.io/hostname}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task OnEksWhereTheGatewayHasOnlyADnsNameTheRouteGetsTheExactCnameRecordAndIsNotWritten()
    {
        await using var lab = await StartAsync("eks");
        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", "alb") + "\n---\n" + RouteYaml("bare", "shop"));
        var dnsName = await GatewayIpAsync(lab, "shop");

        var result = await lab.RouteHostnames.GenerateAsync(lab.Id, "default", "bare", Admin, Cancel);

        result.Outcome.ShouldBe(HostnameOutcome.DnsNameOnly);
        result.Changed.ShouldBeFalse();
        result.CnameTargets.ShouldBe([dnsName]);
        result.Message.ShouldContain($"your.domain. CNAME {dnsName}.");
        (await HostnamesAsync(lab, "bare")).ShouldBeEmpty();
        (await lab.RouteAuditAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AListenerWhoseHostnameRulesTheNameOutRefusesItInPlainWordsAndTheReconcilerWritesNothing()
    {
        await using var lab = await StartAsync("gke");
        await lab.StartReconcilerAsync();
        await lab.Kubectl.ApplyAsync(GatewayYaml("strict", GkeClass, listenerHostname: "*.shop.example.com") + "\n---\n" + RouteYaml("api", "strict", "sslip.io", requested: true));
        await GatewayIpAsync(lab, "strict");

        var result = await lab.RouteHostnames.GenerateAsync(lab.Id, "default", "api", Admin, Cancel);

        result.Outcome.ShouldBe(HostnameOutcome.ListenerMismatch);
        result.Changed.ShouldBeFalse();
        result.Message.ShouldBe("The listener http of Gateway strict accepts only *.shop.example.com: a generated name under sslip.io cannot attach. Add your own hostname, or a listener without one.");
        (await HostnamesAsync(lab, "api")).ShouldBe("[\"sslip.io\"]");
        (await lab.RouteAuditAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AHostnameTheUserChoseIsNeverTouched()
    {
        await using var lab = await StartAsync("gke");
        await lab.StartReconcilerAsync();
        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", GkeClass) + "\n---\n" + RouteYaml("own", "shop", "shop.example.com"));
        await GatewayIpAsync(lab, "shop");

        var result = await lab.RouteHostnames.GenerateAsync(lab.Id, "default", "own", Admin, Cancel);

        result.Outcome.ShouldBe(HostnameOutcome.NotRequested);
        result.Message.ShouldContain("never rewrites a hostname you chose");
        (await HostnamesAsync(lab, "own")).ShouldBe("[\"shop.example.com\"]");
        (await lab.RouteAuditAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerMayNotGenerateARoutesHostname()
    {
        await using var lab = await StartAsync("gke");
        await lab.Kubectl.ApplyAsync(GatewayYaml("shop", GkeClass) + "\n---\n" + RouteYaml("bare", "shop"));

        await Should.ThrowAsync<ForbiddenException>(() =>
            lab.RouteHostnames.GenerateAsync(lab.Id, "default", "bare", new Actor("u-viewer", "victor", Roles.Viewer), Cancel));

        (await HostnamesAsync(lab, "bare")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ARouteThatDoesNotExistIsA404ThatIsAuditedAsAFailure()
    {
        await using var lab = await StartAsync("gke");

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() => lab.RouteHostnames.GenerateAsync(lab.Id, "default", "gone", Admin, Cancel));

        error.StatusCode.ShouldBe(404);
        (await lab.RouteAuditAsync()).ShouldHaveSingleItem().Outcome.ShouldBe(Dashboard.Core.Auditing.AuditOutcome.Failure);
    }
}
