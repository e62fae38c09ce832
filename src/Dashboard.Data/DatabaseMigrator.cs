using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary>
/// Brings the database to the latest migration; the web app calls it once at start. Always migrations,
/// never EnsureCreated (which would make a database that later migrations cannot update). Since EF 9,
/// this throws when the model has changes that no migration captures.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        CreateDirectoryOfDatabaseFile(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>SQLite creates a missing file but not a missing directory; a fresh data directory has neither.</summary>
    private static void CreateDirectoryOfDatabaseFile(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var notAPlainFile = builder.Mode == SqliteOpenMode.Memory
            || dataSource.Length == 0
            || string.Equals(dataSource, ":memory:", StringComparison.OrdinalIgnoreCase)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)   // a URI: left to SQLite
            || dataSource.Contains("|DataDirectory|", StringComparison.OrdinalIgnoreCase);
        if (notAPlainFile)
            return;

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
    }
}
