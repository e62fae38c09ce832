using Dashboard.Core.Auditing;

namespace Dashboard.Data.Entities;

/// <summary>One line of the audit log as stored. Rows are only ever added.</summary>
public sealed class AuditEntryEntity
{
    /// <summary>SQLite AUTOINCREMENT: never reused, so it also orders entries recorded in the same tick.</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user name of the actor (or "system"). The column collates NOCASE for the filter.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    public AuditOutcome Outcome { get; set; }

    public string? Message { get; set; }

    public Guid? ClusterId { get; set; }

    /// <summary>The name at the time: the cluster may be renamed or deleted later.</summary>
    public string? ClusterName { get; set; }

    public string? Namespace { get; set; }

    public string? ObjectName { get; set; }
}
