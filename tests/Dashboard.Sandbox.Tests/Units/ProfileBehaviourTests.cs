using System.Text.Json.Nodes;
using Dashboard.Core.Providers;
using Dashboard.Sandbox.Profiles;

namespace Dashboard.Sandbox.Tests.Units;

/// <summary>The behaviours future profiles are made of, exercised directly.</summary>
public sealed class ProfileBehaviourTests
{
    [Fact]
    public void EveryImplementedProfileIsARowOfTheSupportMatrix() =>
        SandboxProfiles.Names.ShouldAllBe(name => ProviderKinds.FromSandboxProfile(name) != null);

    [Fact]
    public void RkeCustomIsRkeOnCustomHosts() => RkeProfiles.Custom.ProviderKind.ShouldBe(ProviderKind.RkeCustom);

    [Fact]
    public void APoolHandsOutFreeAddressesThenLeavesServicesPending()
    {
        var pool = LoadBalancerBehaviour.IpFromPool("198.51.100.1", "198.51.100.2");
        var holder = Service("a", "198.51.100.1");

        pool.Ingress(Service("b"), [holder], [])!.Single()!["ip"]!.GetValue<string>().ShouldBe("198.51.100.2");
        pool.Ingress(Service("c"), [holder, Service("b", "198.51.100.2")], []).ShouldBeNull();
        pool.Ingress(holder, [], [])!.Single()!["ip"]!.GetValue<string>().ShouldBe("198.51.100.1");
    }

    [Fact]
    public void ADnsNameLoadBalancerGivesAStableElbStyleHostname()
    {
        var elb = LoadBalancerBehaviour.DnsName("us-east-1.elb.amazonaws.com");

        var first = elb.Ingress(Service("a"), [], [])!.Single()!["hostname"]!.GetValue<string>();

        first.ShouldMatch(@"^a[0-9a-f]{31}-[0-9]{10}\.us-east-1\.elb\.amazonaws\.com$");
        elb.Ingress(Service("a"), [], [])!.Single()!["hostname"]!.GetValue<string>().ShouldBe(first);
        LoadBalancerBehaviour.Pending.Ingress(Service("a"), [], []).ShouldBeNull();
    }

    [Fact]
    public void IngressControllersServeTheirClassOnly()
    {
        var alb = IngressControllerBehaviour.DnsName("alb", "us-east-1.elb.amazonaws.com");
        var gce = IngressControllerBehaviour.OneIp("gce", "198.51.100.9");
        var albIngress = new JsonObject { ["metadata"] = new JsonObject { ["name"] = "web", ["namespace"] = "shop" }, ["spec"] = new JsonObject { ["ingressClassName"] = "alb" } };

        alb.Serves(albIngress, defaultClass: null).ShouldBeTrue();
        gce.Serves(albIngress, defaultClass: null).ShouldBeFalse();
        IngressControllerBehaviour.None.Serves(albIngress, defaultClass: null).ShouldBeFalse();
        alb.Ingress(albIngress, [])[0]!["hostname"]!.GetValue<string>().ShouldStartWith("k8s-shop-web-");
        gce.Ingress(albIngress, [])[0]!["ip"]!.GetValue<string>().ShouldBe("198.51.100.9");
    }

    private static JsonObject Service(string name, string? ip = null)
    {
        var service = new JsonObject { ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default", ["uid"] = $"uid-{name}" } };
        if (ip is not null)
        {
            service["status"] = new JsonObject { ["loadBalancer"] = new JsonObject { ["ingress"] = new JsonArray(new JsonObject { ["ip"] = ip }) } };
        }

        return service;
    }
}
