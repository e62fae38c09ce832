using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// events.k8s.io/v1 Event, served from the core Events' storage (one object, two shapes). Its
/// columns are the core printer's (the real one converts to the internal Event and prints that);
/// its field selectors are the core ones under their new names.
/// </summary>
internal sealed class EventsV1Kind() : ResourceKind("events.k8s.io", "Event", "events", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["ev"];

    public override StorageView StoredAs { get; } = new EventConversion();

    public override IReadOnlyList<TableColumn> Columns { get; } =
        [.. ResourceCatalog.Events.Columns.Select(column => column with { Cell = (obj, now) => column.Cell(EventConversion.ToCore(obj), now) })];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>
        {
            ["regarding.kind"] = obj => Regarding(obj, "kind"),
            ["regarding.namespace"] = obj => Regarding(obj, "namespace"),
            ["regarding.name"] = obj => Regarding(obj, "name"),
            ["regarding.uid"] = obj => Regarding(obj, "uid"),
            ["regarding.apiVersion"] = obj => Regarding(obj, "apiVersion"),
            ["regarding.resourceVersion"] = obj => Regarding(obj, "resourceVersion"),
            ["regarding.fieldPath"] = obj => Regarding(obj, "fieldPath"),
            ["reason"] = obj => obj.StringAt("reason") ?? string.Empty,
            ["reportingController"] = obj => obj.StringAt("reportingController") ?? string.Empty,
            ["type"] = obj => obj.StringAt("type") ?? string.Empty,
        };

    private static string Regarding(JsonObject obj, string field) => obj.ObjectAt("regarding").StringAt(field) ?? string.Empty;
}
