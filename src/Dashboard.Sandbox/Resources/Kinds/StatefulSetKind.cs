using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>apps/v1 StatefulSets: the server's defaults and the printer's columns; StatefulSetController runs them.</summary>
internal sealed class StatefulSetKind() : WorkloadKind("StatefulSet", "statefulsets", "sts")
{
    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Ready", "Number of the pod with ready state", obj => $"{obj.Status().LongAt("readyReplicas") ?? 0}/{WorkloadColumns.DesiredReplicas(obj)}"),
        TableColumn.Age,
        WorkloadColumns.Containers,
        WorkloadColumns.Images,
    ];

    /// <summary>SetDefaults_StatefulSet: OrderedReady, RollingUpdate with partition 0, Retain/Retain, 10 revisions.</summary>
    protected override void ApplyDefaults(JsonObject spec)
    {
        base.ApplyDefaults(spec);
        spec.TryAdd("podManagementPolicy", "OrderedReady");
        var strategy = spec.EnsureObject("updateStrategy");
        strategy.TryAdd("type", "RollingUpdate");
        if (strategy.StringAt("type") == "RollingUpdate")
        {
            strategy.EnsureObject("rollingUpdate").TryAdd("partition", 0);
        }

        spec.TryAdd("revisionHistoryLimit", 10);
        var retention = spec.EnsureObject("persistentVolumeClaimRetentionPolicy");
        retention.TryAdd("whenDeleted", "Retain");
        retention.TryAdd("whenScaled", "Retain");
    }
}
