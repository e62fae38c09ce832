using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// What the model types cannot say: the strategic-merge metadata (<c>patchMergeKey</c>, <c>patchStrategy</c>,
/// <c>listType</c>, <c>listMapKeys</c>) and the required fields, as k8s.io/api's markers declare them for the
/// kinds the sandbox serves. kubectl apply and diff compute their strategic merge patches from the first.
/// </summary>
internal static class FieldExtensions
{
    private sealed record ListMerge(string? MergeKey, string? Strategy, string ListType, string[] MapKeys);

    private static readonly ListMerge Atomic = new(null, null, "atomic", []);

    private static readonly Dictionary<(string Type, string Field), ListMerge> Lists = new()
    {
        [("io.k8s.api.core.v1.ServiceSpec", "ports")] = new("port", "merge", "map", ["port", "protocol"]),
        [("io.k8s.api.core.v1.ServiceSpec", "clusterIPs")] = Atomic,
        [("io.k8s.api.core.v1.ServiceSpec", "ipFamilies")] = Atomic,
        [("io.k8s.api.core.v1.ServiceSpec", "externalIPs")] = Atomic,
        [("io.k8s.api.core.v1.ServiceStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.core.v1.PodSpec", "containers")] = new("name", "merge", "map", ["name"]),
        [("io.k8s.api.core.v1.PodSpec", "initContainers")] = new("name", "merge", "map", ["name"]),
        [("io.k8s.api.core.v1.PodSpec", "ephemeralContainers")] = new("name", "merge", "map", ["name"]),
        [("io.k8s.api.core.v1.PodSpec", "volumes")] = new("name", "merge,retainKeys", "map", ["name"]),
        [("io.k8s.api.core.v1.PodSpec", "imagePullSecrets")] = new("name", "merge", "map", ["name"]),
        [("io.k8s.api.core.v1.PodSpec", "tolerations")] = Atomic,
        [("io.k8s.api.core.v1.PodSpec", "hostAliases")] = new("ip", "merge", "map", ["ip"]),
        [("io.k8s.api.core.v1.PodSpec", "topologySpreadConstraints")] = new("topologyKey", "merge", "map", ["topologyKey", "whenUnsatisfiable"]),
        [("io.k8s.api.core.v1.Container", "ports")] = new("containerPort", "merge", "map", ["containerPort", "protocol"]),
        [("io.k8s.api.core.v1.Container", "env")] = new("name", "merge", "map", ["name"]),
        [("io.k8s.api.core.v1.Container", "envFrom")] = Atomic,
        [("io.k8s.api.core.v1.Container", "volumeMounts")] = new("mountPath", "merge", "map", ["mountPath"]),
        [("io.k8s.api.core.v1.Container", "volumeDevices")] = new("devicePath", "merge", "map", ["devicePath"]),
        [("io.k8s.api.core.v1.Container", "command")] = Atomic,
        [("io.k8s.api.core.v1.Container", "args")] = Atomic,
        [("io.k8s.api.core.v1.PodStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.core.v1.PodStatus", "podIPs")] = new("ip", "merge", "map", ["ip"]),
        [("io.k8s.api.core.v1.NodeStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.core.v1.NodeStatus", "addresses")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.core.v1.NodeSpec", "podCIDRs")] = new(null, "merge", "set", []),
        [("io.k8s.api.core.v1.NodeSpec", "taints")] = Atomic,
        [("io.k8s.api.core.v1.NamespaceStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.core.v1.EndpointSubset", "addresses")] = Atomic,
        [("io.k8s.api.core.v1.EndpointSubset", "ports")] = Atomic,
        [("io.k8s.api.apps.v1.DeploymentStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.apps.v1.StatefulSetStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.apps.v1.DaemonSetStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.apps.v1.ReplicaSetStatus", "conditions")] = new("type", "merge", "map", ["type"]),
        [("io.k8s.api.apps.v1.StatefulSetSpec", "volumeClaimTemplates")] = Atomic,
        [("io.k8s.api.networking.v1.IngressSpec", "rules")] = Atomic,
        [("io.k8s.api.networking.v1.IngressSpec", "tls")] = Atomic,
        [("io.k8s.api.networking.v1.HTTPIngressRuleValue", "paths")] = Atomic,
        [("io.k8s.api.networking.v1.IngressTLS", "hosts")] = Atomic,
        [("io.k8s.api.networking.v1.IngressLoadBalancerStatus", "ingress")] = Atomic,
        [("io.k8s.api.discovery.v1.EndpointSlice", "endpoints")] = Atomic,
        [("io.k8s.api.discovery.v1.EndpointSlice", "ports")] = Atomic,
        [("io.k8s.api.discovery.v1.Endpoint", "addresses")] = new(null, null, "set", []),
        [("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "ownerReferences")] = new("uid", "merge", "map", ["uid"]),
        [("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "finalizers")] = new(null, "merge", "set", []),
        [("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector", "matchExpressions")] = Atomic,
        [("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement", "values")] = Atomic,
    };

    /// <summary>Struct fields whose strategy is retainKeys (a union: switching the type drops the other member).</summary>
    private static readonly HashSet<(string Type, string Field)> RetainKeys =
    [
        ("io.k8s.api.apps.v1.DeploymentSpec", "strategy"),
    ];

    private static readonly Dictionary<string, string[]> RequiredFields = new()
    {
        ["io.k8s.api.core.v1.Container"] = ["name"],
        ["io.k8s.api.core.v1.ContainerPort"] = ["containerPort"],
        ["io.k8s.api.core.v1.EnvVar"] = ["name"],
        ["io.k8s.api.core.v1.PodSpec"] = ["containers"],
        ["io.k8s.api.core.v1.ServicePort"] = ["port"],
        ["io.k8s.api.core.v1.Volume"] = ["name"],
        ["io.k8s.api.core.v1.VolumeMount"] = ["name", "mountPath"],
        ["io.k8s.api.core.v1.KeyToPath"] = ["key", "path"],
        ["io.k8s.api.core.v1.TypedLocalObjectReference"] = ["kind", "name"],
        ["io.k8s.api.core.v1.ObjectFieldSelector"] = ["fieldPath"],
        ["io.k8s.api.core.v1.NodeSelectorRequirement"] = ["key", "operator"],
        ["io.k8s.api.core.v1.NodeAddress"] = ["type", "address"],
        ["io.k8s.api.core.v1.NodeCondition"] = ["type", "status"],
        ["io.k8s.api.core.v1.PodCondition"] = ["type", "status"],
        ["io.k8s.api.core.v1.EndpointAddress"] = ["ip"],
        ["io.k8s.api.core.v1.EndpointPort"] = ["port"],
        ["io.k8s.api.core.v1.Event"] = ["metadata", "involvedObject"],
        ["io.k8s.api.apps.v1.DeploymentSpec"] = ["selector", "template"],
        ["io.k8s.api.apps.v1.StatefulSetSpec"] = ["selector", "template"],
        ["io.k8s.api.apps.v1.DaemonSetSpec"] = ["selector", "template"],
        ["io.k8s.api.apps.v1.ReplicaSetSpec"] = ["selector"],
        ["io.k8s.api.apps.v1.DeploymentCondition"] = ["type", "status"],
        ["io.k8s.api.networking.v1.HTTPIngressPath"] = ["pathType", "backend"],
        ["io.k8s.api.networking.v1.HTTPIngressRuleValue"] = ["paths"],
        ["io.k8s.api.networking.v1.IngressServiceBackend"] = ["name"],
        ["io.k8s.api.discovery.v1.EndpointSlice"] = ["addressType", "endpoints"],
        ["io.k8s.api.discovery.v1.Endpoint"] = ["addresses"],
        ["io.k8s.api.events.v1.Event"] = ["eventTime"],
        ["io.k8s.api.authorization.v1.SelfSubjectAccessReview"] = ["spec"],
        ["io.k8s.api.authorization.v1.SelfSubjectRulesReview"] = ["spec"],
        ["io.k8s.api.authorization.v1.SubjectRulesReviewStatus"] = ["resourceRules", "nonResourceRules", "incomplete"],
        ["io.k8s.api.authorization.v1.SubjectAccessReviewStatus"] = ["allowed"],
        ["io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement"] = ["key", "operator"],
        ["io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"] = ["apiVersion", "kind", "name", "uid"],
        ["io.k8s.apimachinery.pkg.apis.meta.v1.Condition"] = ["type", "status", "lastTransitionTime", "reason", "message"],
    };

    public static IReadOnlyList<string> Required(string definition) => RequiredFields.GetValueOrDefault(definition) ?? [];

    /// <summary>Adds the extensions of <paramref name="definition"/>'s <paramref name="field"/> to its schema.</summary>
    public static void Annotate(string definition, string field, JsonObject schema)
    {
        if (Lists.TryGetValue((definition, field), out var list))
        {
            if (list.MapKeys.Length > 0)
            {
                schema["x-kubernetes-list-map-keys"] = new JsonArray(list.MapKeys.Select(k => (JsonNode)k).ToArray());
            }

            schema["x-kubernetes-list-type"] = list.ListType;
            if (list.MergeKey is not null)
            {
                schema["x-kubernetes-patch-merge-key"] = list.MergeKey;
            }

            if (list.Strategy is not null)
            {
                schema["x-kubernetes-patch-strategy"] = list.Strategy;
            }
        }
        else if (RetainKeys.Contains((definition, field)))
        {
            schema["x-kubernetes-patch-strategy"] = "retainKeys";
        }
    }
}
