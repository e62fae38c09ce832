using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// default-scheduler: binds each Pending pod that names it (and no node yet) to the fitting Ready
/// node with the fewest pods, ties broken by name, so a Deployment's replicas spread. It sets
/// <c>spec.nodeName</c> and the PodScheduled condition and records <c>Scheduled</c>; a pod that fits
/// nowhere gets PodScheduled False (Unschedulable) and <c>FailedScheduling</c>, and is tried again
/// when nodes or pods change.
/// </summary>
internal sealed class Scheduler(ObjectStore store, EventRecorder events) : ReconcilingController(store)
{
    protected override bool Watches(ResourceKind kind) => kind == ResourceCatalog.Pods || kind == ResourceCatalog.Nodes;

    protected override void Reconcile()
    {
        var pods = Reader.List(ResourceCatalog.Pods);
        var nodes = Reader.List(ResourceCatalog.Nodes);
        var load = nodes.ToDictionary(n => n.Name(), n => pods.Count(p => p.Spec().StringAt("nodeName") == n.Name() && PodStatus.IsActive(p)), StringComparer.Ordinal);
        foreach (var pod in pods.Where(NeedsNode).OrderBy(p => p.CreationTimestamp()).ThenBy(p => p.Name(), StringComparer.Ordinal))
        {
            Step(() =>
            {
                var fits = new List<JsonObject>();
                var reasons = new List<string>();
                foreach (var node in nodes)
                {
                    var reason = NodeFit.IsReady(node) ? NodeFit.Check(pod, node) : "node(s) had untolerated taint {node.kubernetes.io/not-ready: }";
                    if (reason is null)
                    {
                        fits.Add(node);
                    }
                    else
                    {
                        reasons.Add(reason);
                    }
                }

                var chosen = fits.OrderBy(n => load[n.Name()]).ThenBy(n => n.Name(), StringComparer.Ordinal).FirstOrDefault();
                if (chosen is null)
                {
                    Unschedulable(pod, nodes.Count, reasons);
                    return;
                }

                Bind(pod, chosen.Name());
                load[chosen.Name()]++;
            });
        }
    }

    private static bool NeedsNode(JsonObject pod) =>
        !PodStatus.IsScheduled(pod) && PodStatus.IsActive(pod) && (pod.Spec().StringAt("schedulerName") ?? "default-scheduler") == "default-scheduler";

    private void Bind(JsonObject pod, string node)
    {
        var ns = pod.Namespace();
        Store.Change(ResourceCatalog.Pods, pod, p => p.EnsureObject("spec")["nodeName"] = node);
        var bound = Store.ChangeStatus(ResourceCatalog.Pods, pod, status => PodStatus.SetCondition(status, "PodScheduled", "True", ObjectMeta.Timestamp(Now)));
        events.Normal(ResourceCatalog.Pods, bound, EventSource.Scheduler, "Scheduled", $"Successfully assigned {ns}/{pod.Name()} to {node}");
    }

    /// <summary>The scheduler's FitError message: the reasons counted, sorted, then the preemption verdict.</summary>
    private void Unschedulable(JsonObject pod, int nodeCount, List<string> reasons)
    {
        var counted = string.Join(", ", reasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}").Order(StringComparer.Ordinal));
        var message = $"0/{nodeCount} nodes are available: {counted}. preemption: 0/{nodeCount} nodes are available: {nodeCount} Preemption is not helpful for scheduling.";
        var updated = Store.ChangeStatus(ResourceCatalog.Pods, pod, status =>
            PodStatus.SetCondition(status, "PodScheduled", "False", ObjectMeta.Timestamp(Now), "Unschedulable", message));
        if (updated.ResourceVersion() != pod.ResourceVersion())
        {
            events.Warning(ResourceCatalog.Pods, updated, EventSource.Scheduler, "FailedScheduling", message);
        }
    }
}
