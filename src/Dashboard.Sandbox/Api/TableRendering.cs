using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>Builds <c>meta.k8s.io</c> Table objects from a kind's columns.</summary>
internal static class TableRendering
{
    public static JsonObject Render(TableRequest request, ResourceKind kind, IEnumerable<StoredObject> items, JsonObject listMeta, DateTimeOffset now)
    {
        var rows = new JsonArray();
        foreach (var item in items)
        {
            rows.Add(Row(request, kind, item, now));
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = request.ApiVersion,
            ["metadata"] = listMeta,
            ["columnDefinitions"] = new JsonArray(kind.Columns.Select(c => (JsonNode)c.Definition()).ToArray()),
            ["rows"] = rows,
        };
    }

    /// <summary>
    /// One row; its <c>object</c> is the metadata by default, which kubectl needs for the
    /// NAMESPACE column of <c>-A</c> and for <c>--show-labels</c>.
    /// </summary>
    private static JsonObject Row(TableRequest request, ResourceKind kind, StoredObject item, DateTimeOffset now)
    {
        var obj = item.Thaw();
        var row = new JsonObject { ["cells"] = new JsonArray(kind.Columns.Select(c => c.Cell(obj, now)).ToArray()) };
        switch (request.IncludeObject)
        {
            case "Object":
                row["object"] = obj;
                break;
            case "None":
                break;
            default:
                row["object"] = PartialMetadataRendering.Item(obj, request.ApiVersion);
                break;
        }

        return row;
    }
}
