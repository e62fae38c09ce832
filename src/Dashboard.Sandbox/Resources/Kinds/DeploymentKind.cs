using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>apps/v1 Deployments: the server's defaults and the printer's columns; DeploymentController runs them.</summary>
internal sealed class DeploymentKind() : WorkloadKind("Deployment", "deployments", "deploy")
{
    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Ready", "Number of the pod with ready state", obj => $"{obj.Status().LongAt("readyReplicas") ?? 0}/{WorkloadColumns.DesiredReplicas(obj)}"),
        WorkloadColumns.StatusNumber("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec.", "updatedReplicas"),
        WorkloadColumns.StatusNumber("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.", "availableReplicas"),
        TableColumn.Age,
        WorkloadColumns.Containers,
        WorkloadColumns.Images,
        WorkloadColumns.Selector("Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment."),
    ];

    /// <summary>SetDefaults_Deployment: one replica, RollingUpdate 25%/25%, 10 revisions kept, 600 s to progress.</summary>
    protected override void ApplyDefaults(JsonObject spec)
    {
        base.ApplyDefaults(spec);
        var strategy = spec.EnsureObject("strategy");
        strategy.TryAdd("type", "RollingUpdate");
        if (strategy.StringAt("type") == "RollingUpdate")
        {
            var rolling = strategy.EnsureObject("rollingUpdate");
            rolling.TryAdd("maxUnavailable", "25%");
            rolling.TryAdd("maxSurge", "25%");
        }

        spec.TryAdd("revisionHistoryLimit", 10);
        spec.TryAdd("progressDeadlineSeconds", 600);
    }
}
