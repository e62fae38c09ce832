namespace Dashboard.Core.Auditing;

public enum AuditOutcome
{
    Success = 0,
    Failure = 1,
}

/// <summary>
/// One change, as the service layer reports it. <paramref name="Message"/> is the outcome in words (the error's
/// message on failure); never a secret: callers pass names and refusal messages, never kubeconfigs or tokens.
/// </summary>
public sealed record AuditEvent(
    string Actor,
    string Action,
    AuditOutcome Outcome,
    string? Message = null,
    Guid? ClusterId = null,
    string? ClusterName = null,
    string? Namespace = null,
    string? ObjectName = null);

public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    AuditOutcome Outcome,
    string? Message,
    Guid? ClusterId,
    string? ClusterName,
    string? Namespace,
    string? ObjectName);

/// <summary>Filters are ANDed; null means any. Newest first.</summary>
public sealed record AuditQuery(
    string? Actor = null,
    Guid? ClusterId = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Skip = 0,
    int Take = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

public interface IAuditLog
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken);
}
