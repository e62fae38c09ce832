namespace Dashboard.Sandbox.Controllers;

/// <summary>Who reports an event: <c>source.component</c>/<c>host</c>, and the reporting controller and instance.</summary>
internal sealed record EventSource(string Component, string? Host = null)
{
    public static EventSource DeploymentController { get; } = new("deployment-controller");

    public static EventSource ReplicaSetController { get; } = new("replicaset-controller");

    public static EventSource StatefulSetController { get; } = new("statefulset-controller");

    public static EventSource DaemonSetController { get; } = new("daemonset-controller");

    public static EventSource ServiceController { get; } = new("service-controller");

    public static EventSource Scheduler { get; } = new("default-scheduler");

    public static EventSource Kubelet(string node) => new("kubelet", node);
}
