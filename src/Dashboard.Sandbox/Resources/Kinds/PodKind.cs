using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// Pods are served but nothing runs them: no profile seeds any, and none ever starts. They are here
/// so that <c>kubectl describe node</c> (which lists a node's pods) and <c>get pods -A</c> answer
/// as on a cluster without workloads, instead of failing on an unknown resource.
/// </summary>
internal sealed class PodKind() : ResourceKind(string.Empty, "Pod", "pods", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["po"];

    public override IReadOnlyList<string> Categories => ["all"];

    public override bool HasStatus => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Ready", "The aggregate readiness state of this pod for accepting traffic.", Ready),
        TableColumn.Text("Status", "The aggregate status of the containers in this pod.", obj => obj.Status().StringAt("phase") ?? "Pending"),
        TableColumn.Number("Restarts", "The number of times the containers in this pod have been restarted.", obj => Containers(obj).Sum(c => c.LongAt("restartCount") ?? 0)),
        TableColumn.Age,
    ];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>
        {
            ["spec.nodeName"] = obj => obj.Spec().StringAt("nodeName") ?? string.Empty,
            ["status.phase"] = obj => obj.Status().StringAt("phase") ?? string.Empty,
        };

    public override void PrepareForCreate(JsonObject obj) => obj["status"] = new JsonObject { ["phase"] = "Pending" };

    private static string Ready(JsonObject pod)
    {
        var total = pod.Spec().ArrayAt("containers")?.Count ?? 0;
        return $"{Containers(pod).Count(c => c.BoolAt("ready") == true)}/{total}";
    }

    private static IEnumerable<JsonObject> Containers(JsonObject pod) => pod.Status().ArrayAt("containerStatuses").Objects();
}
