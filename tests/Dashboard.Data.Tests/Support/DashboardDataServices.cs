using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Support;

/// <summary>
/// The data layer as the web app gets it: a real <see cref="ServiceCollection"/> wired by
/// <see cref="DataServiceCollectionExtensions.AddDashboardData"/>, migrated by <see cref="DatabaseMigrator"/>.
/// A new instance is a restart: new Data Protection, new EF services, same files.
/// </summary>
public sealed class DashboardDataServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private DashboardDataServices(ServiceProvider provider) => _provider = provider;

    public IServiceProvider Provider => _provider;

    public IClusterRegistry Registry => _provider.GetRequiredService<IClusterRegistry>();

    public IApiTokenStore Tokens => _provider.GetRequiredService<IApiTokenStore>();

    public IAuditLog Audit => _provider.GetRequiredService<IAuditLog>();

    public IDbContextFactory<DashboardDbContext> Contexts =>
        _provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    /// <param name="configure">
    /// Runs before <c>AddDashboardData</c>, as the web host's own registrations do: a test clock registered
    /// here replaces the system one, which AddDashboardData only adds when none is there.
    /// </param>
    public static async Task<DashboardDataServices> StartAsync(
        string connectionString, string keysDirectory, CancellationToken cancellationToken,
        Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(); // as in the web host: EF and Data Protection log through the container
        configure?.Invoke(services);
        services.AddDashboardData(connectionString, keysDirectory);
        var provider = services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        return new DashboardDataServices(provider);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
