using Dashboard.Sandbox.Tests.Support;
using static Dashboard.Sandbox.Tests.GatewayApi.GatewayKubectl;

namespace Dashboard.Sandbox.Tests.GatewayApi;

/// <summary>What each platform's Gateway controller gives a Gateway, and the Traefik switch of K3s and RKE2; kubectl reads it all.</summary>
public sealed class GatewayAddressTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("eks", "alb", "Hostname", @"^k8s-test-[0-9a-f]{3}-front-[0-9a-f]{10}-[0-9a-f]{10}\.elb\.eu-west-1\.amazonaws\.com$")]
    [InlineData("gke", "gke-l7-rilb", "IPAddress", @"^198\.51\.100\.10[0-9]$")]
    [InlineData("aks", "azure-alb-external", "Hostname", @"^[0-9a-f]{16}\.[0-9a-f]{4}\.alb\.azure\.com$")]
    [InlineData("metallb", "eg", "IPAddress", @"^198\.51\.100\.2[0-9][0-9]$")]
    public async Task AGatewayOfThePlatformsClassIsProgrammedWithItsKindOfAddress(string profile, string className, string type, string pattern)
    {
        var k = await StartAsync(profile);
        await k.ApplyAsync(Gateway("front", className, HttpListener));

        var gateway = await k.ReadUntilAsync("gateway", "front", g => Reason(g["status"], "Programmed") == "Programmed");

        var address = gateway["status"]!["addresses"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)address["type"]).ShouldBe(type);
        ((string?)address["value"] ?? string.Empty).ShouldMatch(pattern);
        Reason(gateway["status"], "Accepted").ShouldBe("Accepted");
    }

    [Fact]
    public async Task AGkeGatewayThatAsksForAStaticAddressGetsItAndAnotherGatewayAskingForItGetsNone()
    {
        var k = await StartAsync("gke");
        var withAddress = Gateway("static", "gke-l7-rilb", HttpListener) + "\n  addresses:\n  - {type: IPAddress, value: \"2001:db8::42\"}";
        await k.ApplyAsync(withAddress);
        var gateway = await k.ReadUntilAsync("gateway", "static", g => Reason(g["status"], "Programmed") == "Programmed");
        ((string?)gateway["status"]!["addresses"]![0]!["value"]).ShouldBe("2001:db8::42");

        await k.ApplyAsync(withAddress.Replace("name: static", "name: second", StringComparison.Ordinal));

        var second = await k.ReadUntilAsync("gateway", "second", g => Reason(g["status"], "Programmed") is not null);
        Reason(second["status"], "Programmed").ShouldBe("AddressNotAssigned");
    }

    [Fact]
    public async Task AnNlbGatewayRefusesAnHttpListenerAsAnUnsupportedProtocol()
    {
        var k = await StartAsync("eks");
        await k.ApplyAsync(Gateway("l4", "nlb", HttpListener));

        var gateway = await k.ReadUntilAsync("gateway", "l4", g => Reason(g["status"]?["listeners"]?[0], "Accepted") is not null);

        Reason(gateway["status"]!["listeners"]![0], "Accepted").ShouldBe("UnsupportedProtocol");
        Reason(gateway["status"], "Accepted").ShouldBe("ListenersNotValid");
    }

    [Fact]
    public async Task AnHttpsListenerHasAnInvalidCertificateRefUntilItsSecretAppears()
    {
        var k = await StartAsync("gke");
        await k.ApplyAsync(Gateway("secure", "gke-l7-global-external-managed", """
                - name: https
                  port: 443
                  protocol: HTTPS
                  tls:
                    certificateRefs:
                    - name: shop-tls
            """));
        var missing = await k.ReadUntilAsync("gateway", "secure", g => Reason(g["status"]?["listeners"]?[0], "ResolvedRefs") is not null);

        (await k.Runner.RunAsync(Ct, "create", "secret", "generic", "shop-tls", "-n", k.Namespace, "--from-literal=tls.crt=x", "--from-literal=tls.key=y")).ExitCode.ShouldBe(0);
        var resolved = await k.ReadUntilAsync("gateway", "secure", g => Reason(g["status"]?["listeners"]?[0], "ResolvedRefs") == "ResolvedRefs");

        Reason(missing["status"]!["listeners"]![0], "ResolvedRefs").ShouldBe("InvalidCertificateRef");
        Reason(resolved["status"]!["listeners"]![0], "Programmed").ShouldBe("Programmed");
    }

    [Theory]
    [InlineData("rke2", "rke2-traefik", "203.0.113.51")]
    [InlineData("k3s", "traefik", "203.0.113.61")]
    public async Task TheTraefikClassAppearsWhenAHelmChartConfigTurnsItsGatewayProviderOn(string profile, string chart, string firstNodeIp)
    {
        var k = await StartAsync(profile);
        (await k.Runner.RunAsync(Ct, "get", "gatewayclass", "traefik")).ExitCode.ShouldBe(1);

        await k.ApplyAsync($"""
            apiVersion: helm.cattle.io/v1
            kind: HelmChartConfig
            metadata:
              name: {chart}
            spec:
              valuesContent: |-
                providers:
                  kubernetesGateway:
                    enabled: true
            """, "kube-system");
        var gatewayClass = await k.ReadUntilAsync("gatewayclass", "traefik", c => Reason(c["status"], "Accepted") == "Accepted", string.Empty);
        await k.ApplyAsync(Gateway("front", "traefik", HttpListener));
        var gateway = await k.ReadUntilAsync("gateway", "front", g => Reason(g["status"], "Programmed") == "Programmed");

        ((string?)gatewayClass["spec"]!["controllerName"]).ShouldBe("traefik.io/gateway-controller");
        gateway["status"]!["addresses"]!.AsArray().Select(a => (string?)a!["value"]).First().ShouldBe(firstNodeIp);
        var listed = await k.Runner.RunAsync(Ct, "get", "helmchartconfigs", "-A");
        listed.Output.ShouldContain(chart);
    }

    [Fact]
    public async Task K3sServiceLbGivesTheNodeIpsUnlessAnotherLoadBalancerHoldsThePort()
    {
        var k = await StartAsync("k3s");
        await k.ApplyAsync(LoadBalancer("first", 9000));
        var first = await k.ReadUntilAsync("service", "first", s => s["status"]?["loadBalancer"]?["ingress"] is not null);
        await k.ApplyAsync(LoadBalancer("second", 9000));
        var second = await Pending.StaysWithoutAddressAsync(
            () => k.ReadUntilAsync("service", "second", _ => true), s => s["status"]?["loadBalancer"]?["ingress"]?.AsArray().Count ?? 0, Ct);

        first["status"]!["loadBalancer"]!["ingress"]!.ToJsonString().ShouldBe(
            """[{"ip":"203.0.113.61","ipMode":"VIP"},{"ip":"203.0.113.62","ipMode":"VIP"},{"ip":"203.0.113.63","ipMode":"VIP"}]""");
        second["status"]?["loadBalancer"]?["ingress"].ShouldBeNull();
    }

    private static string LoadBalancer(string name, int port) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
        spec:
          type: LoadBalancer
          selector:
            app: {name}
          ports:
          - port: {port}
        """;

    private async Task<GatewayKubectl> StartAsync(string profile)
    {
        var sandbox = await clusters.GetAsync(profile);
        return new GatewayKubectl(new KubectlRunner(sandbox), await sandbox.NewNamespaceAsync(Ct));
    }
}
