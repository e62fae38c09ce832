using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
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

    [Fact]
    public async Task TheTokenStoreAndTheAuditLogAreSingletonsOfEitherOverload()
    {
        using var directory = new TemporaryDataDirectory();
        var byStrings = new ServiceCollection().AddLogging()
            .AddDashboardData(directory.ConnectionString, directory.KeysDirectory);
        var byFactory = new ServiceCollection().AddLogging()
            .AddDashboardData(_ => new DataLocation(directory.ConnectionString, directory.KeysDirectory));

        foreach (var services in new[] { byStrings, byFactory })
        {
            services.ShouldContain(d => d.ServiceType == typeof(IApiTokenStore) && d.Lifetime == ServiceLifetime.Singleton);
            services.ShouldContain(d => d.ServiceType == typeof(IAuditLog) && d.Lifetime == ServiceLifetime.Singleton);
            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            await using (var scope = provider.CreateAsyncScope())
                scope.ServiceProvider.GetRequiredService<IApiTokenStore>().ShouldBeSameAs(provider.GetRequiredService<IApiTokenStore>());
            provider.GetRequiredService<IAuditLog>().ShouldBeSameAs(provider.GetRequiredService<IAuditLog>());
        }
    }
}
