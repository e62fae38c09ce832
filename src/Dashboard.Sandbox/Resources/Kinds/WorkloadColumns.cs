using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>The cells the workload printers share (pkg/printers/internalversion/printers.go).</summary>
internal static class WorkloadColumns
{
    public static TableColumn Containers { get; } = TableColumn.Text(
        "Containers", "Names of each container in the template.",
        obj => string.Join(",", TemplateContainers(obj).Select(c => c.StringAt("name") ?? string.Empty)), priority: 1);

    public static TableColumn Images { get; } = TableColumn.Text(
        "Images", "Images referenced by each container in the template.",
        obj => string.Join(",", TemplateContainers(obj).Select(c => c.StringAt("image") ?? string.Empty)), priority: 1);

    public static TableColumn Selector(string description) => TableColumn.Text(
        "Selector", description, obj => Printing.OrNone(LabelSelectorText.Format(obj.Spec().ObjectAt("selector"))), priority: 1);

    public static TableColumn StatusNumber(string name, string description, string field) =>
        TableColumn.Number(name, description, obj => obj.Status().LongAt(field) ?? 0);

    public static long DesiredReplicas(JsonObject obj) => obj.Spec().LongAt("replicas") ?? 1;

    private static IEnumerable<JsonObject> TemplateContainers(JsonObject obj) =>
        obj.Spec().ObjectAt("template").ObjectAt("spec").ArrayAt("containers").Objects();
}
