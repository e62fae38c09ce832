using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.PortExposures;

namespace Dashboard.Kubernetes.Services;

/// <summary>What depends on a Service, from the watch caches (Ingresses, ingress-nginx's port ConfigMaps): no request to the cluster.</summary>
internal static class ServiceDependents
{
    public const string ClusterApiNamespace = "default";
    public const string ClusterApiName = "kubernetes";

    public static bool IsClusterApi(string ns, string name) => ns == ClusterApiNamespace && name == ClusterApiName;

    public static IReadOnlyList<ServiceDependent> Of(ClusterCache cache, string ns, string name)
    {
        var found = new List<ServiceDependent>();
        if (IsClusterApi(ns, name))
            found.Add(new ServiceDependent(ServiceDependentKind.ClusterApi, ns, name,
                "It is the cluster's own API Service: pods reach the API server through it."));
        foreach (var (key, entry) in cache.Ingresses.Items)
        {
            if (key.Namespace != ns)
                continue;
            var paths = entry.Info.Paths.Where(p => !p.IsResource && p.ServiceName == name).ToList();
            if (paths.Count == 0)
                continue;
            var ports = paths.Select(p => p.ServicePort ?? "(no port)").Distinct(StringComparer.Ordinal).ToList();
            var asDefault = paths.Any(p => p.PathType == "DefaultBackend") ? " (as its default backend)" : "";
            found.Add(new ServiceDependent(ServiceDependentKind.Ingress, key.Namespace, key.Name,
                $"Ingress {key.Namespace}/{key.Name} uses {(ports.Count == 1 ? "port" : "ports")} {string.Join(", ", ports)}{asDefault}"));
        }
        foreach (var protocol in new[] { "TCP", "UDP" })
        {
            var mapName = PortExposureService.ConfigMapName(protocol);
            if (!cache.NginxConfigMaps.Items.TryGetValue(new ObjectKey(PortExposureService.NginxNamespace, mapName), out var map))
                continue;
            foreach (var (portKey, value) in map.Data)
            {
                if (PortExposure.Parse(protocol, portKey, value) is { } exposure && exposure.Namespace == ns && exposure.ServiceName == name)
                    found.Add(new ServiceDependent(ServiceDependentKind.PortExposure, PortExposureService.NginxNamespace, mapName,
                        $"{protocol} {exposure.ExternalPort.ToString(System.Globalization.CultureInfo.InvariantCulture)} via ingress-nginx (to port {exposure.ServicePort})"));
            }
        }
        return found;
    }
}
