using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Where a platform's Gateway gets its <c>status.addresses</c>: a load balancer's DNS name (AWS, Azure), an IP of
/// the cloud's range (GKE), the nodes themselves (Traefik with host ports), the IPs of one Service (K3s's Traefik
/// behind ServiceLB), or a LoadBalancer Service made per Gateway (Envoy Gateway on MetalLB).
/// </summary>
internal abstract record GatewayAddressing
{
    /// <summary>An ELB-style DNS name per Gateway under <paramref name="suffix"/> (<c>elb.eu-west-1.amazonaws.com</c>), lower-case as the AWS controller writes it.</summary>
    public static GatewayAddressing ElbHostname(string suffix) => new ElbName(suffix);

    /// <summary>One IP per Gateway from <paramref name="range"/>, taken from its top so Services (from the bottom) and Gateways share it without clashing.</summary>
    public static GatewayAddressing IpFromRange(string range) => new RangeIp(AddressRange.Expand(range));

    /// <summary>Application Gateway for Containers' frontend: <c>&lt;id&gt;.&lt;zone&gt;.alb.azure.com</c>.</summary>
    public static GatewayAddressing AzureAlbHostname { get; } = new AzureName();

    /// <summary>Every node's external IP (internal where it has none): a DaemonSet with host ports.</summary>
    public static GatewayAddressing NodeIps { get; } = new Nodes();

    /// <summary>The load-balancer IPs of one Service (K3s: Traefik's, which ServiceLB gives the node IPs).</summary>
    public static GatewayAddressing ServiceIps(string ns, string name) => new OneService(ns, name);

    /// <summary>A LoadBalancer Service per Gateway in <paramref name="ns"/>, whose IP (MetalLB's) the Gateway shows.</summary>
    public static GatewayAddressing ServicePerGateway(string ns) => new PerGatewayService(ns);

    /// <summary>The addresses for <paramref name="gateway"/> (empty: none yet); may make what it needs (a Service).</summary>
    public abstract JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store);

    /// <summary>Removes what was made for Gateways that are gone.</summary>
    public virtual void Release(IReadOnlyList<JsonObject> gateways, ObjectStore store)
    {
    }

    protected static JsonObject Address(string type, string value) => new() { ["type"] = type, ["value"] = value };

    protected static string Hex(JsonObject gateway) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(gateway.ObjectAt("metadata").StringAt("uid") ?? $"{gateway.Namespace()}/{gateway.Name()}")));

    private static IEnumerable<string> AddressValues(JsonObject gateway) =>
        gateway.Status().ArrayAt("addresses").Objects().Select(a => a.StringAt("value")).OfType<string>();

    private sealed record ElbName(string Suffix) : GatewayAddressing
    {
        public override JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store)
        {
            static string Truncate(string part) => part.Length <= 8 ? part : part[..8];
            var hex = Hex(gateway);
            return [Address("Hostname", $"k8s-{Truncate(gateway.Namespace())}-{Truncate(gateway.Name())}-{hex[..10]}-{hex[10..20]}.{Suffix}".ToLowerInvariant())];
        }
    }

    private sealed record RangeIp(IReadOnlyList<string> Range) : GatewayAddressing
    {
        public override JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store)
        {
            var taken = otherGateways.SelectMany(AddressValues)
                .Concat(((IStoreReader)store).List(ResourceCatalog.Services).SelectMany(s => s.Status().ObjectAt("loadBalancer").ArrayAt("ingress").Objects().Select(i => i.StringAt("ip")).OfType<string>()))
                .ToHashSet(StringComparer.Ordinal);
            // A Gateway that asks for a static IP (spec.addresses, as a reserved address on GKE) gets it, or none while another holds it.
            var requested = gateway.ObjectAt("spec").ArrayAt("addresses").Objects()
                .Where(a => a.StringAt("type") is null or "IPAddress").Select(a => a.StringAt("value")).OfType<string>().FirstOrDefault();
            if (requested is not null)
                return taken.Contains(requested) ? [] : [Address("IPAddress", requested)];
            var held = AddressValues(gateway).FirstOrDefault(ip => Range.Contains(ip) && !taken.Contains(ip));
            var ip = held ?? Range.Reverse().FirstOrDefault(candidate => !taken.Contains(candidate));
            return ip is null ? [] : [Address("IPAddress", ip)];
        }
    }

    private sealed record AzureName : GatewayAddressing
    {
        public override JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store)
        {
            var hex = Hex(gateway);
            return [Address("Hostname", $"{hex[..16]}.{hex[16..20]}.alb.azure.com")];
        }
    }

    private sealed record Nodes : GatewayAddressing
    {
        public override JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store) => new(((IStoreReader)store).List(ResourceCatalog.Nodes)
            .Select(node => NodeKind.Addresses(node, "ExternalIP").Concat(NodeKind.Addresses(node, "InternalIP")).FirstOrDefault())
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(ip => (JsonNode)Address("IPAddress", ip))
            .ToArray());
    }

    private sealed record OneService(string Namespace, string Name) : GatewayAddressing
    {
        public override JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store) =>
            LoadBalancerAddresses(((IStoreReader)store).Get(ResourceCatalog.Services, Namespace, Name));
    }

    private sealed record PerGatewayService(string Namespace) : GatewayAddressing
    {
        private const string OwnerName = "gateway.envoyproxy.io/owning-gateway-name";
        private const string OwnerNamespace = "gateway.envoyproxy.io/owning-gateway-namespace";

        public override JsonArray Assign(JsonObject gateway, IReadOnlyList<JsonObject> otherGateways, ObjectStore store)
        {
            var name = ServiceName(gateway);
            var ports = new JsonArray(gateway.Spec().ArrayAt("listeners").Objects()
                .GroupBy(l => (Port: l.LongAt("port") ?? 0, Udp: l.StringAt("protocol") == "UDP"))
                .Select(g => (JsonNode)new JsonObject
                {
                    ["name"] = $"{(g.Key.Udp ? "udp" : "tcp")}-{g.Key.Port}",
                    ["port"] = g.Key.Port,
                    ["protocol"] = g.Key.Udp ? "UDP" : "TCP",
                    ["targetPort"] = g.Key.Port < 1024 ? g.Key.Port + 10000 : g.Key.Port,
                })
                .ToArray());
            var existing = ((IStoreReader)store).Get(ResourceCatalog.Services, Namespace, name);
            if (existing is null)
            {
                store.Create(ResourceCatalog.Services, Namespace, new JsonObject
                {
                    ["metadata"] = new JsonObject
                    {
                        ["name"] = name,
                        ["labels"] = new JsonObject
                        {
                            ["app.kubernetes.io/component"] = "proxy",
                            ["app.kubernetes.io/managed-by"] = "envoy-gateway",
                            ["app.kubernetes.io/name"] = "envoy",
                            [OwnerName] = gateway.Name(),
                            [OwnerNamespace] = gateway.Namespace(),
                        },
                    },
                    ["spec"] = new JsonObject
                    {
                        ["type"] = "LoadBalancer",
                        ["externalTrafficPolicy"] = "Local",
                        ["selector"] = new JsonObject
                        {
                            ["app.kubernetes.io/name"] = "envoy",
                            [OwnerName] = gateway.Name(),
                            [OwnerNamespace] = gateway.Namespace(),
                        },
                        ["ports"] = ports,
                    },
                }, dryRun: false);
                return [];
            }

            static string Ports(JsonArray? list) => string.Join(',', list.Objects().Select(p => $"{p.LongAt("port")}/{p.StringAt("protocol")}").Order(StringComparer.Ordinal));
            if (Ports(existing.Spec().ArrayAt("ports")) != Ports(ports))
            {
                store.Update(ResourceCatalog.Services, Namespace, name, current =>
                {
                    var updated = current!;
                    updated.EnsureObject("spec")["ports"] = ports.DeepClone();
                    return updated;
                }, new WriteOptions());
            }

            return LoadBalancerAddresses(existing);
        }

        public override void Release(IReadOnlyList<JsonObject> gateways, ObjectStore store)
        {
            var wanted = gateways.Select(ServiceName).ToHashSet(StringComparer.Ordinal);
            foreach (var service in ((IStoreReader)store).List(ResourceCatalog.Services, Namespace).Where(s => s.Labels().ContainsKey(OwnerName) && !wanted.Contains(s.Name())))
            {
                store.Delete(ResourceCatalog.Services, Namespace, service.Name(), new DeleteOptions());
            }
        }

        /// <summary>As Envoy Gateway names them: <c>envoy-&lt;namespace&gt;-&lt;name&gt;-&lt;hash&gt;</c>.</summary>
        private static string ServiceName(JsonObject gateway)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{gateway.Namespace()}/{gateway.Name()}")))[..8];
            var name = $"envoy-{gateway.Namespace()}-{gateway.Name()}";
            return $"{(name.Length > 50 ? name[..50] : name)}-{hash}";
        }
    }

    private static JsonArray LoadBalancerAddresses(JsonObject? service) => new((service?.Status()).ObjectAt("loadBalancer").ArrayAt("ingress").Objects()
        .Select(i => i.StringAt("ip") is { } ip ? Address("IPAddress", ip) : i.StringAt("hostname") is { } host ? Address("Hostname", host) : null)
        .OfType<JsonNode>()
        .ToArray());
}
