using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// The events the platform's own controllers record, as each really does: the cloud's
/// service-controller <c>EnsuringLoadBalancer</c>/<c>EnsuredLoadBalancer</c> where the cloud gives L4,
/// MetalLB's <c>IPAllocated</c>, ingress-nginx's <c>Sync</c> on the Ingresses it serves, and nothing
/// at all where no load balancer exists (a LoadBalancer Service there just stays pending).
/// </summary>
internal sealed class PlatformEvents(SandboxProfile profile, EventRecorder events)
{
    private static readonly EventSource MetalLb = new("metallb-controller");
    private static readonly EventSource IngressNginx = new("nginx-ingress-controller");
    private readonly Dictionary<string, string> syncedSpecs = new(StringComparer.Ordinal);

    private bool IsMetalLb => profile.CustomResources.Contains(ResourceCatalog.IpAddressPools);

    /// <summary>A LoadBalancer Service got its first address.</summary>
    public void ServiceStatusWritten(JsonObject before, JsonObject after)
    {
        var addresses = Addresses(after);
        if (profile.LoadBalancer == LoadBalancerBehaviour.Pending || Addresses(before).Count > 0 || addresses.Count == 0)
        {
            return;
        }

        if (IsMetalLb)
        {
            var quoted = string.Join(",", addresses.Select(a => $"\"{a}\""));
            events.Normal(ResourceCatalog.Services, after, MetalLb, "IPAllocated", $"Assigned IP [{quoted}]");
            return;
        }

        events.Normal(ResourceCatalog.Services, after, EventSource.ServiceController, "EnsuringLoadBalancer", "Ensuring load balancer");
        events.Normal(ResourceCatalog.Services, after, EventSource.ServiceController, "EnsuredLoadBalancer", "Ensured load balancer");
    }

    /// <summary>ingress-nginx schedules a sync for each new or changed Ingress of its class.</summary>
    public void IngressServed(JsonObject ingress)
    {
        if (profile.IngressController.ClassName != "nginx")
        {
            return;
        }

        var uid = ingress.ObjectAt("metadata").StringAt("uid") ?? ingress.Name();
        var spec = ingress.Spec()?.ToJsonString() ?? string.Empty;
        if (syncedSpecs.TryGetValue(uid, out var seen) && seen == spec)
        {
            return;
        }

        syncedSpecs[uid] = spec;
        events.Normal(ResourceCatalog.Ingresses, ingress, IngressNginx, "Sync", "Scheduled for sync");
    }

    private static List<string> Addresses(JsonObject service) =>
        [.. service.Status().ObjectAt("loadBalancer").ArrayAt("ingress").Objects().Select(i => i.StringAt("ip") ?? i.StringAt("hostname")).OfType<string>()];
}
