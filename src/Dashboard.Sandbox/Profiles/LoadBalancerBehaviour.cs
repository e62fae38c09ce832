using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Profiles;

/// <summary>What the platform's cloud controller writes in a LoadBalancer Service's status.</summary>
internal abstract record LoadBalancerBehaviour
{
    /// <summary>No cloud controller: EXTERNAL-IP stays &lt;pending&gt; (bare metal, vSphere, DigitalOcean under RKE).</summary>
    public static LoadBalancerBehaviour Pending { get; } = new PendingLoadBalancer();

    /// <summary>An IP per Service from a fixed pool (GKE, AKS, MetalLB); pending once the pool is used up.</summary>
    public static LoadBalancerBehaviour IpFromPool(params string[] pool) => new PoolLoadBalancer(pool);

    /// <summary>An IP per Service from a <c>first-last</c> range, handed out in order.</summary>
    public static LoadBalancerBehaviour IpFromRange(string range) => new PoolLoadBalancer(AddressRange.Expand(range));

    /// <summary>A DNS name per Service under <paramref name="suffix"/> (AWS ELB: <c>us-east-1.elb.amazonaws.com</c>).</summary>
    public static LoadBalancerBehaviour DnsName(string suffix) => new DnsNameLoadBalancer(suffix);

    /// <summary>
    /// K3s's ServiceLB (klipper-lb): host ports on every node, so a Service gets the nodes' external IPs
    /// (internal where a node has none), unless a Service that already has them holds one of its ports.
    /// </summary>
    public static LoadBalancerBehaviour ServiceLb { get; } = new ServiceLbLoadBalancer();

    /// <summary>The <c>status.loadBalancer.ingress</c> for <paramref name="service"/>; null: leave it pending.</summary>
    public abstract JsonArray? Ingress(JsonObject service, IReadOnlyList<JsonObject> otherServices, IReadOnlyList<JsonObject> nodes);

    private sealed record PendingLoadBalancer : LoadBalancerBehaviour
    {
        public override JsonArray? Ingress(JsonObject service, IReadOnlyList<JsonObject> otherServices, IReadOnlyList<JsonObject> nodes) => null;
    }

    private sealed record PoolLoadBalancer(IReadOnlyList<string> Pool) : LoadBalancerBehaviour
    {
        public override JsonArray? Ingress(JsonObject service, IReadOnlyList<JsonObject> otherServices, IReadOnlyList<JsonObject> nodes)
        {
            var taken = otherServices.SelectMany(IpsOf).ToHashSet(StringComparer.Ordinal);
            var held = IpsOf(service).FirstOrDefault(ip => Pool.Contains(ip) && !taken.Contains(ip));
            var ip = held ?? Pool.FirstOrDefault(candidate => !taken.Contains(candidate));
            return ip is null ? null : new JsonArray(new JsonObject { ["ip"] = ip, ["ipMode"] = "VIP" });
        }

        private static IEnumerable<string> IpsOf(JsonObject service) =>
            service.Status().ObjectAt("loadBalancer").ArrayAt("ingress").Objects().Select(i => i.StringAt("ip")).OfType<string>();
    }

    private sealed record ServiceLbLoadBalancer : LoadBalancerBehaviour
    {
        public override JsonArray? Ingress(JsonObject service, IReadOnlyList<JsonObject> otherServices, IReadOnlyList<JsonObject> nodes)
        {
            var ports = Ports(service);
            var holders = otherServices.Where(o => o.Spec().StringAt("type") == "LoadBalancer"
                && o.Status().ObjectAt("loadBalancer").ArrayAt("ingress") is { Count: > 0 }
                && o.CreationTimestamp() <= service.CreationTimestamp());
            if (holders.Any(o => Ports(o).Overlaps(ports)))
            {
                return null;
            }

            return new JsonArray(nodes
                .Select(node => Resources.Kinds.NodeKind.Addresses(node, "ExternalIP").Concat(Resources.Kinds.NodeKind.Addresses(node, "InternalIP")).FirstOrDefault())
                .OfType<string>()
                .Distinct()
                .Order(StringComparer.Ordinal)
                .Select(ip => (JsonNode)new JsonObject { ["ip"] = ip, ["ipMode"] = "VIP" })
                .ToArray());
        }

        private static HashSet<string> Ports(JsonObject service) =>
            service.Spec().ArrayAt("ports").Objects().Select(p => $"{p.LongAt("port")}/{p.StringAt("protocol") ?? "TCP"}").ToHashSet(StringComparer.Ordinal);
    }

    private sealed record DnsNameLoadBalancer(string Suffix) : LoadBalancerBehaviour
    {
        /// <summary>Shaped like a classic ELB name: <c>a</c> + 31 hex of the uid, a dash, ten digits.</summary>
        public override JsonArray? Ingress(JsonObject service, IReadOnlyList<JsonObject> otherServices, IReadOnlyList<JsonObject> nodes)
        {
            var uid = service.ObjectAt("metadata").StringAt("uid") ?? service.Name();
            var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uid)));
            var digits = string.Concat(hex.Take(10).Select(c => (char)('0' + (c % 10))));
            return new JsonArray(new JsonObject { ["hostname"] = $"a{hex[..31]}-{digits}.{Suffix}" });
        }
    }
}
