using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>apps/v1 DaemonSets: no replicas and no <c>/scale</c>; DaemonSetController runs one pod per node.</summary>
internal sealed class DaemonSetKind() : WorkloadKind("DaemonSet", "daemonsets", "ds")
{
    public override bool HasScale => false;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        WorkloadColumns.StatusNumber("Desired", "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).", "desiredNumberScheduled"),
        WorkloadColumns.StatusNumber("Current", "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.", "currentNumberScheduled"),
        WorkloadColumns.StatusNumber("Ready", "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.", "numberReady"),
        WorkloadColumns.StatusNumber("Up-to-date", "The total number of nodes that are running updated daemon pod", "updatedNumberScheduled"),
        WorkloadColumns.StatusNumber("Available", "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)", "numberAvailable"),
        TableColumn.Text("Node Selector", "NodeSelector is a selector which must be true for the pod to fit on a node.",
            obj => LabelSelectorText.Labels(obj.Spec().ObjectAt("template").ObjectAt("spec").StringMap("nodeSelector"))),
        TableColumn.Age,
        WorkloadColumns.Containers,
        WorkloadColumns.Images,
        WorkloadColumns.Selector("A label query over pods that are managed by the daemon set."),
    ];

    /// <summary>SetDefaults_DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, 10 revisions.</summary>
    protected override void ApplyDefaults(JsonObject spec)
    {
        var strategy = spec.EnsureObject("updateStrategy");
        strategy.TryAdd("type", "RollingUpdate");
        if (strategy.StringAt("type") == "RollingUpdate")
        {
            var rolling = strategy.EnsureObject("rollingUpdate");
            rolling.TryAdd("maxUnavailable", 1);
            rolling.TryAdd("maxSurge", 0);
        }

        spec.TryAdd("revisionHistoryLimit", 10);
    }
}
