using System.Net;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Profiles;

/// <summary>What each platform installs besides nodes: ingress-nginx and its Layer-4 ConfigMaps, MetalLB and its pool.</summary>
public sealed class ProfileAddOnTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Profiles => ProfileExpectations.Names;

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task TheTcpAndUdpServicesConfigMapsExistWhereLayer4GoesThroughIngressNginx(string profile)
    {
        var expected = ProfileExpectations.For(profile);
        var sandbox = await clusters.GetAsync(profile);

        var namespaces = (await sandbox.Client.CoreV1.ListNamespaceAsync(cancellationToken: Ct)).Items.Select(n => n.Metadata.Name).ToList();
        var configMaps = await sandbox.Client.CoreV1.ListConfigMapForAllNamespacesAsync(cancellationToken: Ct);

        namespaces.Contains("ingress-nginx").ShouldBe(expected.HasIngressNginxNamespace);
        namespaces.Contains("metallb-system").ShouldBe(profile == "metallb");
        configMaps.Items.Select(c => $"{c.Metadata.NamespaceProperty}/{c.Metadata.Name}")
            .ShouldBe(expected.HasLayer4ConfigMaps ? ["ingress-nginx/tcp-services", "ingress-nginx/udp-services"] : Array.Empty<string>());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task OnlyMetalLbServesTheMetalLbGroupThroughDiscovery(string profile)
    {
        var sandbox = await clusters.GetAsync(profile);
        using var http = sandbox.CreateHttpClient();

        using var groups = JsonDocument.Parse(await http.GetStringAsync(new Uri("/apis", UriKind.Relative), Ct));
        using var resources = await http.GetAsync(new Uri("/apis/metallb.io/v1beta1", UriKind.Relative), Ct);

        var groupVersions = groups.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => g.GetProperty("preferredVersion").GetProperty("groupVersion").GetString()).ToList();
        if (profile != "metallb")
        {
            groupVersions.ShouldNotContain("metallb.io/v1beta1");
            resources.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            return;
        }

        groupVersions.ShouldContain("metallb.io/v1beta1");
        using var list = JsonDocument.Parse(await resources.Content.ReadAsStringAsync(Ct));
        list.RootElement.GetProperty("groupVersion").GetString().ShouldBe("metallb.io/v1beta1");
        var pools = list.RootElement.GetProperty("resources").EnumerateArray().First();
        (pools.GetProperty("name").GetString(), pools.GetProperty("kind").GetString(), pools.GetProperty("namespaced").GetBoolean())
            .ShouldBe(("ipaddresspools", "IPAddressPool", true));
    }

    [Fact]
    public async Task TheMetalLbPoolCanBeListedReadAndWatchedLikeAnyObject()
    {
        var sandbox = await clusters.GetAsync("metallb");
        using var http = sandbox.CreateHttpClient();

        var list = (JsonElement)await sandbox.Client.CustomObjects.ListClusterCustomObjectAsync("metallb.io", "v1beta1", "ipaddresspools", cancellationToken: Ct);
        var pool = (JsonElement)await sandbox.Client.CustomObjects.GetNamespacedCustomObjectAsync("metallb.io", "v1beta1", "metallb-system", "ipaddresspools", "default-pool", cancellationToken: Ct);
        var watch = await http.GetStringAsync(new Uri("/apis/metallb.io/v1beta1/ipaddresspools?watch=true&timeoutSeconds=1", UriKind.Relative), Ct);

        list.GetProperty("kind").GetString().ShouldBe("IPAddressPoolList");
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("metadata").GetProperty("name").GetString()).ShouldBe(["default-pool"]);
        pool.GetProperty("spec").GetProperty("addresses").EnumerateArray().Select(a => a.GetString()).ShouldBe(["198.51.100.200-198.51.100.250"]);
        pool.GetProperty("spec").GetProperty("autoAssign").GetBoolean().ShouldBeTrue();
        using var added = JsonDocument.Parse(watch.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem());
        added.RootElement.GetProperty("type").GetString().ShouldBe("ADDED");
        added.RootElement.GetProperty("object").GetProperty("kind").GetString().ShouldBe("IPAddressPool");
    }
}
