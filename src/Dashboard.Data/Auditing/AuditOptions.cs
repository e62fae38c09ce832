namespace Dashboard.Data.Auditing;

/// <summary><c>Dashboard:Audit</c>: how long the audit log keeps its rows. Checked by <see cref="AuditOptionsValidator"/>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Dashboard:Audit";

    /// <summary>Rows older than this are deleted by <see cref="AuditRetention"/>.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Rows deleted per statement: each batch holds SQLite's write lock only briefly.</summary>
    public int RetentionBatchSize { get; set; } = 1000;
}
