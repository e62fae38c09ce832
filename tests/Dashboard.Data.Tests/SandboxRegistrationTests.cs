using Dashboard.Data.Tests.Support;

namespace Dashboard.Data.Tests;

public sealed class SandboxRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASandboxClusterIsFoundByItsProfile()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        await data.Registry.RegisterAsync(SampleClusters.Named("mine"), Ct);
        var demo = await data.Registry.RegisterAsync(SampleClusters.Named("demo-rke", sandboxProfile: "rke-custom"), Ct);

        (await data.Registry.FindBySandboxProfileAsync("rke-custom", Ct)).ShouldBe(demo);
        (await data.Registry.FindBySandboxProfileAsync("eks", Ct)).ShouldBeNull();
        demo.SandboxProfile.ShouldBe("rke-custom");
    }

    [Fact]
    public async Task AProfileNeverRegisteredIsNotReportedAsRegistered()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        await data.Registry.RegisterAsync(SampleClusters.Named("demo-gke", sandboxProfile: "gke"), Ct);

        (await data.Registry.WasSandboxEverRegisteredAsync("gke", Ct)).ShouldBeTrue();
        (await data.Registry.WasSandboxEverRegisteredAsync("aks", Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task ADeletedSandboxClusterStaysRememberedAsRegistered()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var demo = await data.Registry.RegisterAsync(SampleClusters.Named("demo-eks", sandboxProfile: "eks"), Ct);

        (await data.Registry.DeleteAsync(demo.Id, Ct)).ShouldBeTrue();

        (await data.Registry.FindBySandboxProfileAsync("eks", Ct)).ShouldBeNull();
        (await data.Registry.WasSandboxEverRegisteredAsync("eks", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task RegisteringAProfileAgainAfterDeletionWorks()
    {
        await using var data = await InMemoryDashboardData.StartAsync(Ct);
        var first = await data.Registry.RegisterAsync(SampleClusters.Named("demo", sandboxProfile: "metallb"), Ct);
        await data.Registry.DeleteAsync(first.Id, Ct);

        var again = await data.Registry.RegisterAsync(SampleClusters.Named("demo", sandboxProfile: "metallb"), Ct);

        (await data.Registry.FindBySandboxProfileAsync("metallb", Ct)).ShouldBe(again);
        (await data.Registry.WasSandboxEverRegisteredAsync("metallb", Ct)).ShouldBeTrue();
    }
}
