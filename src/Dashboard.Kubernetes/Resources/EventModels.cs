namespace Dashboard.Kubernetes.Resources;

/// <summary>
/// One event about an object, as <c>kubectl describe</c> shows it. Count, first and last seen come from the
/// core/v1 fields, or from <c>series</c> and <c>eventTime</c> for events written through events.k8s.io/v1.
/// </summary>
/// <param name="Id">The event's name: unique in its namespace, what a list keys its rows by.</param>
/// <param name="Source">The component that reported it (<c>source.component</c>, else <c>reportingComponent</c>), with its host if given.</param>
public sealed record EventInfo(
    string Id,
    string Type,
    string Reason,
    string Message,
    int Count,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    string? Source)
{
    public bool IsWarning => Type == "Warning";
}

/// <summary>An object's events, newest first; <paramref name="Problem"/> says why none can be shown (the cluster refuses to list events, say).</summary>
public sealed record ObjectEvents(IReadOnlyList<EventInfo> Items, string? Problem);

/// <summary>How many pods a selector matches in a namespace; <paramref name="Problem"/> instead when pods cannot be read.</summary>
public sealed record PodCount(int Count, string? Problem);
