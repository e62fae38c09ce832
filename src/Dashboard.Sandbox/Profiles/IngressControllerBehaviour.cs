using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources.Kinds;

namespace Dashboard.Sandbox.Profiles;

/// <summary>The platform's ingress controller: the class it serves and the address it publishes.</summary>
internal abstract record IngressControllerBehaviour(string? ClassName)
{
    /// <summary>No controller installed (AKS): Ingresses never get an address.</summary>
    public static IngressControllerBehaviour None { get; } = new NoController();

    /// <summary>ingress-nginx as a DaemonSet: the external IP of every node (InternalIP where a node has none).</summary>
    public static IngressControllerBehaviour EveryNodeExternalIp(string className) => new EveryNode(className);

    /// <summary>One routable IP for every Ingress (Google's load balancer).</summary>
    public static IngressControllerBehaviour OneIp(string className, string ip) => new OneAddress(className, ip);

    /// <summary>A DNS name per Ingress under <paramref name="suffix"/> (AWS ALB).</summary>
    public static IngressControllerBehaviour DnsName(string className, string suffix) => new DnsNameController(className, suffix);

    /// <summary>
    /// Whether this controller serves <paramref name="ingress"/>: its spec.ingressClassName, else the
    /// legacy annotation, else the default IngressClass names this controller's class.
    /// </summary>
    public bool Serves(JsonObject ingress, JsonObject? defaultClass)
    {
        if (ClassName is null)
        {
            return false;
        }

        var className = ingress.Spec().StringAt("ingressClassName")
            ?? ingress.Annotations().GetValueOrDefault(IngressKind.LegacyClassAnnotation)
            ?? defaultClass?.Name();
        return className == ClassName;
    }

    /// <summary>The <c>status.loadBalancer.ingress</c> this controller publishes for an Ingress it serves.</summary>
    public abstract JsonArray Ingress(JsonObject ingress, IReadOnlyList<JsonObject> nodes);

    private sealed record NoController() : IngressControllerBehaviour((string?)null)
    {
        public override JsonArray Ingress(JsonObject ingress, IReadOnlyList<JsonObject> nodes) => [];
    }

    private sealed record EveryNode(string Class) : IngressControllerBehaviour(Class)
    {
        public override JsonArray Ingress(JsonObject ingress, IReadOnlyList<JsonObject> nodes) => new(nodes
            .Select(node => NodeKind.Addresses(node, "ExternalIP").Concat(NodeKind.Addresses(node, "InternalIP")).FirstOrDefault())
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(ip => (JsonNode)new JsonObject { ["ip"] = ip })
            .ToArray());
    }

    private sealed record OneAddress(string Class, string Ip) : IngressControllerBehaviour(Class)
    {
        public override JsonArray Ingress(JsonObject ingress, IReadOnlyList<JsonObject> nodes) => [new JsonObject { ["ip"] = Ip }];
    }

    private sealed record DnsNameController(string Class, string Suffix) : IngressControllerBehaviour(Class)
    {
        /// <summary>Shaped like an ALB name: <c>k8s-namespace-name-hash-digits.suffix</c>.</summary>
        public override JsonArray Ingress(JsonObject ingress, IReadOnlyList<JsonObject> nodes)
        {
            var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{ingress.Namespace()}/{ingress.Name()}")));
            var prefix = $"k8s-{Truncate(ingress.Namespace())}-{Truncate(ingress.Name())}-{hex[..10]}";
            return [new JsonObject { ["hostname"] = $"{prefix}-{string.Concat(hex[10..20].Select(c => (char)('0' + (c % 10))))}.{Suffix}" }];
        }

        private static string Truncate(string part) => part.Length <= 8 ? part : part[..8];
    }
}
