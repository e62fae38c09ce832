using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Data.Sqlite;

/// <summary>
/// Turns on <c>PRAGMA secure_delete</c> for every connection EF opens. Without it SQLite only unlinks a
/// deleted row and its bytes (here: an encrypted kubeconfig) stay in the file's free pages until reused;
/// with it SQLite overwrites deleted content with zeros. Microsoft.Data.Sqlite has no connection-string
/// keyword for arbitrary pragmas, hence an interceptor. Pooled connections keep the setting; running it
/// again on each open is cheap and covers connections EF opens itself.
/// </summary>
internal sealed class SecureDeleteInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
