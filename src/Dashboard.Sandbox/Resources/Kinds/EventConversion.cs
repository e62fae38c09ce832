using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// core v1 Event ↔ events.k8s.io/v1 Event, field for field as the API server converts them
/// (pkg/apis/events/v1 conversion): involvedObject↔regarding, message↔note, reportingComponent↔reportingController,
/// source↔deprecatedSource, firstTimestamp/lastTimestamp/count↔deprecatedFirstTimestamp/deprecatedLastTimestamp/deprecatedCount.
/// </summary>
internal sealed class EventConversion : StorageView
{
    /// <summary>(core name, events.k8s.io name) of every field that is renamed; the rest keep their names.</summary>
    private static readonly (string Core, string V1)[] Renamed =
    [
        ("involvedObject", "regarding"),
        ("message", "note"),
        ("reportingComponent", "reportingController"),
        ("source", "deprecatedSource"),
        ("firstTimestamp", "deprecatedFirstTimestamp"),
        ("lastTimestamp", "deprecatedLastTimestamp"),
        ("count", "deprecatedCount"),
    ];

    private static readonly string[] Kept = ["metadata", "eventTime", "series", "reportingInstance", "action", "reason", "related", "type"];

    public override ResourceKind Storage => ResourceCatalog.Events;

    public override JsonObject FromStorage(JsonObject stored) => ToV1(stored);

    public override JsonObject ToStorage(JsonObject served) => ToCore(served);

    public static JsonObject ToV1(JsonObject core)
    {
        var v1 = new JsonObject { ["kind"] = "Event", ["apiVersion"] = "events.k8s.io/v1" };
        Copy(core, v1, Kept.Select(k => (k, k)));
        v1.TryAdd("eventTime", null);
        Copy(core, v1, Renamed);
        return v1;
    }

    public static JsonObject ToCore(JsonObject v1)
    {
        var core = new JsonObject { ["kind"] = "Event", ["apiVersion"] = "v1" };
        Copy(v1, core, Kept.Select(k => (k, k)));
        Copy(v1, core, Renamed.Select(r => (r.V1, r.Core)));
        return core;
    }

    private static void Copy(JsonObject from, JsonObject to, IEnumerable<(string From, string To)> fields)
    {
        foreach (var (source, target) in fields)
        {
            if (from[source] is { } value)
            {
                to[target] = value.DeepClone();
            }
        }
    }
}
