namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>apps/v1 ReplicaSets: the printer's columns; ReplicaSetController runs them.</summary>
internal sealed class ReplicaSetKind() : WorkloadKind("ReplicaSet", "replicasets", "rs")
{
    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Number("Desired", "Replicas is the number of desired replicas.", WorkloadColumns.DesiredReplicas),
        WorkloadColumns.StatusNumber("Current", "Replicas is the most recently observed number of replicas.", "replicas"),
        WorkloadColumns.StatusNumber("Ready", "The number of ready replicas for this replica set.", "readyReplicas"),
        TableColumn.Age,
        WorkloadColumns.Containers,
        WorkloadColumns.Images,
        WorkloadColumns.Selector("Selector is a label query over pods that should match the replica count."),
    ];
}
