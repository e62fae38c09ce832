using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Sqlite;

/// <summary>Recognises which SQLite constraint made a <see cref="DbUpdateException"/>.</summary>
internal static class SqliteConstraintErrors
{
    private const int SqliteConstraint = 19;           // SQLITE_CONSTRAINT
    private const int SqliteConstraintUnique = 2067;   // SQLITE_CONSTRAINT_UNIQUE (a unique index, not the key)

    /// <summary>
    /// True when a unique index on <paramref name="table"/>.<paramref name="column"/> refused the write.
    /// SQLite names the columns only in the message ("UNIQUE constraint failed: Clusters.Name"); the codes
    /// alone would also match a unique index added later on another column.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception, string table, string column) =>
        exception.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique,
        } sqlite
        && sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal);
}
