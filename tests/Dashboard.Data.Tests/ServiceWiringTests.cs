using Dashboard.Core.Clusters;
using Dashboard.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests;

public sealed class ServiceWiringTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheRegistryIsOneSingletonThatOutlivesScopesLikeABlazorCircuit()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);

        IClusterRegistry fromFirstScope, fromSecondScope;
        await using (var scope = data.Provider.CreateAsyncScope())
            fromFirstScope = scope.ServiceProvider.GetRequiredService<IClusterRegistry>();
        await using (var scope = data.Provider.CreateAsyncScope())
            fromSecondScope = scope.ServiceProvider.GetRequiredService<IClusterRegistry>();

        fromSecondScope.ShouldBeSameAs(fromFirstScope);
        (await fromFirstScope.ListAsync(Ct)).ShouldBeEmpty(); // still usable after its scope ended
    }

    [Fact]
    public async Task TheDataProtectionKeyRingIsWrittenToTheKeysDirectory()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);

        await data.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct);

        Directory.GetFiles(directory.KeysDirectory, "key-*.xml").ShouldNotBeEmpty();
    }
}
