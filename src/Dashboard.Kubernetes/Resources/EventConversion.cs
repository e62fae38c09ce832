using Dashboard.Kubernetes.Caching;
using k8s.Models;

namespace Dashboard.Kubernetes.Resources;

/// <summary>A core/v1 Event as the pages show it, whichever API (core/v1 or events.k8s.io/v1) wrote it.</summary>
internal static class EventConversion
{
    public static EventEntry ToEntry(Corev1Event e)
    {
        var involved = e.InvolvedObject;
        var created = Timestamps.Created(e.Metadata);
        var eventTime = Utc(e.EventTime);
        // events.k8s.io/v1 writes eventTime and series instead of first/lastTimestamp and count (kubectl's printer reads both).
        var first = Utc(e.FirstTimestamp) ?? eventTime ?? created;
        var last = Utc(e.Series?.LastObservedTime) ?? Utc(e.LastTimestamp) ?? eventTime ?? first;
        var count = e.Series?.Count ?? e.Count ?? 1;
        var component = !string.IsNullOrEmpty(e.Source?.Component) ? e.Source.Component : e.ReportingComponent;
        var host = !string.IsNullOrEmpty(e.Source?.Host) ? e.Source.Host : e.ReportingInstance;
        var source = string.IsNullOrEmpty(component) ? null : string.IsNullOrEmpty(host) ? component : $"{component}, {host}";
        var info = new EventInfo(e.Name() ?? "", e.Type ?? "Normal", e.Reason ?? "", e.Message ?? "", Math.Max(1, count), first, last, source);
        return new EventEntry(
            new ObjectKey(e.Namespace() ?? "", e.Name() ?? ""),
            new InvolvedObject(involved?.Kind ?? "", involved?.NamespaceProperty ?? e.Namespace() ?? "", involved?.Name ?? ""),
            info);
    }

    private static DateTimeOffset? Utc(DateTime? time) =>
        time is { } t && t != default ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
}
