using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Caching;

/// <summary>The object an event is about (<c>involvedObject</c>): kind, namespace and name.</summary>
internal readonly record struct InvolvedObject(string Kind, string Namespace, string Name);

/// <summary>An event as kept: where it is stored (its own key), what it is about, and what the pages show.</summary>
internal sealed record EventEntry(ObjectKey Key, InvolvedObject Involved, EventInfo Info)
{
    /// <summary>What "newest" means for an event: when it was last seen, else first seen.</summary>
    public DateTimeOffset Seen => Info.LastSeen ?? Info.FirstSeen ?? DateTimeOffset.MinValue;
}
