using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// Core <c>v1</c> Events, what <c>kubectl get events</c>, <c>kubectl events</c> and <c>describe</c> read:
/// the columns and field selectors of the real printer and registry.
/// </summary>
internal sealed class EventKind() : ResourceKind(string.Empty, "Event", "events", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["ev"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("Last Seen", "The time at which the most recent occurrence of this event was recorded.", (obj, now) => Since(LastSeen(obj), now)),
        TableColumn.Text("Type", "Type of this event (Normal, Warning), new types could be added in the future.", obj => obj.StringAt("type") ?? string.Empty),
        TableColumn.Text("Reason", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.", obj => obj.StringAt("reason") ?? string.Empty),
        TableColumn.Text("Object", "The object that this event is about.", Target),
        TableColumn.Text("Subobject", "The field path of the part of the object this event is about.", obj => obj.ObjectAt("involvedObject").StringAt("fieldPath") ?? string.Empty, priority: 1),
        TableColumn.Text("Source", "The component reporting this event.", Source, priority: 1),
        TableColumn.Text("Message", "A human-readable description of the status of this operation.", obj => (obj.StringAt("message") ?? string.Empty).Trim()),
        new("First Seen", "The time at which the event was first recorded.", (obj, now) => Since(FirstSeen(obj), now)) { Priority = 1 },
        new("Count", "The number of times this event has occurred.", (obj, _) => Count(obj)) { Type = "integer", Priority = 1 },
        new("Name", "Name must be unique within a namespace.", (obj, _) => obj.Name()) { Format = "name", Priority = 1 },
    ];

    /// <summary>The fields the real event registry lets a fieldSelector name (describe uses involvedObject.*).</summary>
    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>
        {
            ["involvedObject.kind"] = obj => Involved(obj, "kind"),
            ["involvedObject.namespace"] = obj => Involved(obj, "namespace"),
            ["involvedObject.name"] = obj => Involved(obj, "name"),
            ["involvedObject.uid"] = obj => Involved(obj, "uid"),
            ["involvedObject.apiVersion"] = obj => Involved(obj, "apiVersion"),
            ["involvedObject.resourceVersion"] = obj => Involved(obj, "resourceVersion"),
            ["involvedObject.fieldPath"] = obj => Involved(obj, "fieldPath"),
            ["reason"] = obj => obj.StringAt("reason") ?? string.Empty,
            ["reportingComponent"] = obj => obj.StringAt("reportingComponent") ?? string.Empty,
            ["source"] = obj => obj.ObjectAt("source").StringAt("component") ?? string.Empty,
            ["type"] = obj => obj.StringAt("type") ?? string.Empty,
        };

    private static string Involved(JsonObject obj, string field) => obj.ObjectAt("involvedObject").StringAt(field) ?? string.Empty;

    private static DateTimeOffset? FirstSeen(JsonObject obj) => Time(obj.StringAt("firstTimestamp")) ?? Time(obj.StringAt("eventTime"));

    private static DateTimeOffset? LastSeen(JsonObject obj) =>
        obj.ObjectAt("series") is { } series
            ? Time(series.StringAt("lastObservedTime"))
            : Time(obj.StringAt("lastTimestamp")) ?? FirstSeen(obj);

    /// <summary>A singleton event of the new API has no count: it happened once.</summary>
    private static long Count(JsonObject obj) =>
        obj.ObjectAt("series") is { } series ? series.LongAt("count") ?? 1 : obj.LongAt("count") is > 0 and var count ? count : 1;

    private static string Target(JsonObject obj)
    {
        var involved = obj.ObjectAt("involvedObject");
        var kind = (involved.StringAt("kind") ?? string.Empty).ToLowerInvariant();
        return involved.StringAt("name") is { Length: > 0 } name ? $"{kind}/{name}" : kind;
    }

    /// <summary>kubectl's formatEventSource: the component (and host), else the reporting controller (and instance).</summary>
    private static string Source(JsonObject obj)
    {
        var source = obj.ObjectAt("source");
        var (component, host) = source.StringAt("component") is { Length: > 0 } c
            ? (c, source.StringAt("host"))
            : (obj.StringAt("reportingComponent") ?? string.Empty, obj.StringAt("reportingInstance"));
        return string.IsNullOrEmpty(host) ? component : $"{component}, {host}";
    }

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var time) && time.Year > 1 ? time : null;

    private static string Since(DateTimeOffset? time, DateTimeOffset now) => time is { } t ? HumanDuration.Format(now - t) : "<unknown>";
}
