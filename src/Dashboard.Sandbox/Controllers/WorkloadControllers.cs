using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// What makes workloads run: the controller manager's workload controllers, the scheduler and the
/// kubelets, sharing one event recorder, plus the event TTL sweep. Started once the profile's objects are in, stopped with the cluster.
/// </summary>
internal sealed class WorkloadControllers : IAsyncDisposable
{
    private readonly IReadOnlyList<ReconcilingController> controllers;

    public WorkloadControllers(ObjectStore store, SandboxProfile profile, EventRecorder events, TimeSpan podStartDelay, TimeSpan eventTtl)
    {
        controllers =
        [
            new DeploymentController(store, events),
            new ReplicaSetController(store, events),
            new StatefulSetController(store, events),
            new DaemonSetController(store, events),
            new Scheduler(store, events),
            new Kubelet(store, events, profile.PodNetwork, podStartDelay),
            new EventExpiry(store, eventTtl),
        ];
    }

    public void Start()
    {
        foreach (var controller in controllers)
        {
            controller.Start();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var controller in controllers)
        {
            await controller.DisposeAsync();
        }
    }
}
