using Dashboard.Data;
using Dashboard.Data.Protection;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Startup;

/// <summary>Runs before the server accepts requests: the data directory exists, the schema is current, there is an admin, the sandboxes are up.</summary>
public sealed class DashboardStartup(
    IOptions<DashboardOptions> options, DatabaseMigrator migrator, KeyRingProtectionWarning keyRing, SandboxSupervisor sandboxes, IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.DataDirectoryFullPath);
        keyRing.Log();
        await migrator.MigrateAsync(cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Security.AdminBootstrap>().EnsureAdminAsync();
        await sandboxes.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
