using System.Text.RegularExpressions;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.Profiles;

/// <summary>kubectl as the referee for what the new profiles add: a custom resource and other platforms' addresses.</summary>
public sealed class ProfileKubectlTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetIpAddressPoolsAcrossNamespacesPrintsTheMetalLbPoolWithItsCrdColumns()
    {
        var kubectl = new KubectlRunner(await clusters.GetAsync("metallb"));

        var result = await kubectl.RunAsync(Ct, "get", "ipaddresspools", "-A");

        result.ExitCode.ShouldBe(0, result.Error);
        Columns(result.Lines[0]).ShouldBe(["NAMESPACE", "NAME", "AUTO ASSIGN", "AVOID BUGGY IPS", "ADDRESSES"]);
        Columns(result.Lines.Skip(1).ShouldHaveSingleItem())
            .ShouldBe(["metallb-system", "default-pool", "true", "false", "[\"198.51.100.200-198.51.100.250\"]"]);
    }

    [Fact]
    public async Task IpAddressPoolsAreUnknownToKubectlWhereMetalLbIsNotInstalled()
    {
        var kubectl = new KubectlRunner(await clusters.GetAsync("gke"));

        var result = await kubectl.RunAsync(Ct, "get", "ipaddresspools", "-A");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("the server doesn't have a resource type \"ipaddresspools\"");
    }

    [Fact]
    public async Task GetNodesShowsTheEksNodesWithTheirEksKubeletVersion()
    {
        var kubectl = new KubectlRunner(await clusters.GetAsync("eks"));

        var result = await kubectl.RunAsync(Ct, "get", "nodes", "-o", "wide");

        result.ExitCode.ShouldBe(0, result.Error);
        var first = Columns(result.Lines[1]);
        (first[0], first[4], first[5], first[6]).ShouldBe(("ip-10-0-1-27.eu-west-1.compute.internal", "v1.32.3-eks-473151a", "10.0.1.27", "192.0.2.10"));
    }

    private static string[] Columns(string line) => Regex.Split(line.Trim(), @"\s{2,}").Where(c => c.Length > 0).ToArray();
}
