using Microsoft.Data.Sqlite;

namespace Dashboard.Data;

/// <summary>Where the data lives inside the data directory (README, Settings: <c>Dashboard:DataDirectory</c>).</summary>
public static class DataPaths
{
    public const string DatabaseFileName = "dashboard.db";

    public const string KeysDirectoryName = "keys";

    /// <summary><c>Data Source=&lt;dataDirectory&gt;/dashboard.db</c>. Creating the directory is the caller's job.</summary>
    public static string DefaultConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, DatabaseFileName) }.ToString();

    /// <summary>The data-protection key ring beside the database: <c>&lt;dataDirectory&gt;/keys</c>.</summary>
    public static string DefaultKeysDirectory(string dataDirectory) => Path.Combine(dataDirectory, KeysDirectoryName);
}
