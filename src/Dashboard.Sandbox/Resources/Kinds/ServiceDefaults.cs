using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>The defaults the Service registry fills in, and what an update keeps from the stored object.</summary>
internal static class ServiceDefaults
{
    public static void Apply(JsonObject spec, JsonObject? old)
    {
        spec["type"] = spec.StringAt("type") ?? "ClusterIP";
        var type = spec.StringAt("type");
        if (type != "ExternalName")
        {
            spec["sessionAffinity"] = spec.StringAt("sessionAffinity") ?? "None";
            spec["internalTrafficPolicy"] = spec.StringAt("internalTrafficPolicy") ?? "Cluster";
        }

        if (type is "NodePort" or "LoadBalancer")
        {
            spec["externalTrafficPolicy"] = spec.StringAt("externalTrafficPolicy") ?? "Cluster";
        }

        if (type == "LoadBalancer")
        {
            spec["allocateLoadBalancerNodePorts"] = spec.BoolAt("allocateLoadBalancerNodePorts") ?? true;
        }

        foreach (var port in spec.ArrayAt("ports").Objects())
        {
            port["protocol"] = port.StringAt("protocol") ?? "TCP";
            if (port["targetPort"] is null && port.LongAt("port") is { } number)
            {
                port["targetPort"] = number;
            }
        }

        if (old is not null)
        {
            KeepAllocated(spec, old);
        }
    }

    /// <summary>
    /// The registry's patchAllocatedValues and dropTypeDependentFields: a PUT without clusterIP or
    /// nodePort keeps the allocated ones; a type change drops what the new type cannot hold.
    /// </summary>
    private static void KeepAllocated(JsonObject spec, JsonObject old)
    {
        var type = spec.StringAt("type");
        if (type != "ExternalName" && string.IsNullOrEmpty(spec.StringAt("clusterIP")) && old.StringAt("clusterIP") is { } clusterIp)
        {
            spec["clusterIP"] = clusterIp;
            spec["clusterIPs"] = old["clusterIPs"]?.DeepClone();
        }
        else if (type == "ExternalName" && spec.StringAt("clusterIP") == old.StringAt("clusterIP"))
        {
            spec.Remove("clusterIP");
            spec.Remove("clusterIPs");
        }

        var oldPorts = old.ArrayAt("ports").Objects().ToList();
        var needsNow = ServiceKind.NeedsNodePorts(spec);
        var neededBefore = ServiceKind.NeedsNodePorts(old);
        foreach (var port in spec.ArrayAt("ports").Objects())
        {
            var previous = oldPorts.FirstOrDefault(p => p.LongAt("port") == port.LongAt("port") && p.StringAt("protocol") == port.StringAt("protocol"));
            if (needsNow && neededBefore && port.LongAt("nodePort") is null or 0 && previous?.LongAt("nodePort") is { } kept)
            {
                port["nodePort"] = kept;
            }
            else if (!needsNow && neededBefore && previous is not null && port.LongAt("nodePort") == previous.LongAt("nodePort"))
            {
                port.Remove("nodePort");
            }
        }
    }
}
