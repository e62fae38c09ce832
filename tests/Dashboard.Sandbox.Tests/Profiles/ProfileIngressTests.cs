using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Profiles;

/// <summary>The platform's ingress controller (the L7 column): its class, and the address an Ingress gets.</summary>
public sealed class ProfileIngressTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Profiles => ProfileExpectations.Names;

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task TheDefaultIngressClassIsThePlatformsControllerOrThereIsNone(string profile)
    {
        var expected = ProfileExpectations.For(profile);
        var sandbox = await clusters.GetAsync(profile);

        var classes = (await sandbox.Client.NetworkingV1.ListIngressClassAsync(cancellationToken: Ct)).Items;

        if (expected.IngressClass is not { } ingressClass)
        {
            classes.ShouldBeEmpty();
            return;
        }

        var only = classes.ShouldHaveSingleItem();
        (only.Metadata.Name, only.Spec.Controller).ShouldBe(ingressClass);
        only.Metadata.Annotations["ingressclass.kubernetes.io/is-default-class"].ShouldBe("true");
    }

    /// <remarks>The Ingress names no class, so the default class (where there is one) decides who serves it.</remarks>
    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task AnIngressGetsTheKindOfAddressThePlatformsControllerPublishes(string profile)
    {
        var expected = ProfileExpectations.For(profile);
        var sandbox = await clusters.GetAsync(profile);
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.NetworkingV1.CreateNamespacedIngressAsync(Objects.Ingress("web", "web.example.com"), ns, cancellationToken: Ct);

        Task<V1Ingress> Read() => sandbox.Client.NetworkingV1.ReadNamespacedIngressAsync("web", ns, cancellationToken: Ct);
        var ingress = expected.Ingress == IngressOutcome.None
            ? await Pending.StaysWithoutAddressAsync(Read, i => i.Status?.LoadBalancer?.Ingress?.Count ?? 0, Ct)
            : await Eventually.ReturnsAsync(Read, i => i.Status?.LoadBalancer?.Ingress?.Count > 0, Ct);
        var published = ingress.Status?.LoadBalancer?.Ingress ?? [];

        switch (expected.Ingress)
        {
            case IngressOutcome.NodeIps:
                published.Select(e => e.Ip).ShouldBe(expected.ExternalIps);
                break;
            case IngressOutcome.OneIp:
                var ip = published.ShouldHaveSingleItem().Ip;
                ip.ShouldBe(expected.OneIngressIp);
                expected.ExternalIps.ShouldNotContain(ip);
                break;
            case IngressOutcome.Hostname:
                var entry = published.ShouldHaveSingleItem();
                entry.Hostname.ShouldMatch(@"^k8s-[a-z0-9-]+-web-[0-9a-f]{10}-[0-9]{10}\.eu-west-1\.elb\.amazonaws\.com$");
                entry.Ip.ShouldBeNull();
                break;
            default:
                published.ShouldBeEmpty();
                break;
        }
    }
}
