using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Support;

/// <summary>
/// A data directory under the temp folder, laid out like the app's (<c>dashboard.db</c>, <c>keys/</c>),
/// deleted afterwards. For the tests where the file on disk is what matters.
/// </summary>
public sealed class TemporaryDataDirectory : IDisposable
{
    private readonly TempDirectory directory = new("dashboard-data-tests");

    public string Root => directory.Path;

    public string DatabaseFile => Path.Combine(Root, DataPaths.DatabaseFileName);

    public string KeysDirectory => DataPaths.DefaultKeysDirectory(Root);

    public string ConnectionString => DataPaths.DefaultConnectionString(Root);

    public Task<DashboardDataServices> StartServicesAsync(
        CancellationToken cancellationToken, Action<IServiceCollection>? configure = null) =>
        DashboardDataServices.StartAsync(ConnectionString, KeysDirectory, cancellationToken, configure);

    /// <summary>
    /// Every byte SQLite keeps for the database, as Latin-1 text so ASCII needles can be searched.
    /// Pooled connections are closed first: the last close checkpoints the WAL into the main file and
    /// removes it. Whatever -wal file is still there is read too.
    /// </summary>
    public string ReadRawDatabaseText()
    {
        SqliteConnection.ClearAllPools();
        var text = new StringBuilder(Encoding.Latin1.GetString(File.ReadAllBytes(DatabaseFile)));
        var wal = DatabaseFile + "-wal";
        if (File.Exists(wal))
            text.Append(Encoding.Latin1.GetString(File.ReadAllBytes(wal)));
        return text.ToString();
    }

    public void Dispose()
    {
        // Pooled connections hold the file open; close them before deleting.
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
