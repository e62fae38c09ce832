using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Support;

/// <summary>
/// The data layer on a private in-memory SQLite database, for tests where the file does not matter.
/// <c>AddDashboardData</c> takes a connection string and each context opens its own connection, and a
/// plain <c>:memory:</c> would give each connection an empty database of its own. A named shared-cache
/// memory database is shared by every connection to it and lives while one stays open: this class holds
/// that one open connection. The keys directory is a temp folder.
/// </summary>
public sealed class InMemoryDashboardData : IAsyncDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly TemporaryDataDirectory _keys;
    private readonly DashboardDataServices _services;

    private InMemoryDashboardData(SqliteConnection keepAlive, TemporaryDataDirectory keys, DashboardDataServices services)
    {
        _keepAlive = keepAlive;
        _keys = keys;
        _services = services;
    }

    public IClusterRegistry Registry => _services.Registry;

    public IApiTokenStore Tokens => _services.Tokens;

    public IAuditLog Audit => _services.Audit;

    public DashboardDataServices Services => _services;

    /// <param name="configure">See <see cref="DashboardDataServices.StartAsync"/>.</param>
    public static async Task<InMemoryDashboardData> StartAsync(
        CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "dashboard-tests-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync(cancellationToken);
        var keys = new TemporaryDataDirectory();
        var services = await DashboardDataServices.StartAsync(connectionString, keys.KeysDirectory, cancellationToken, configure);
        return new InMemoryDashboardData(keepAlive, keys, services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _keepAlive.DisposeAsync();
        _keys.Dispose();
    }
}
