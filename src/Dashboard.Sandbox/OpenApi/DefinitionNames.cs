using System.Reflection;
using System.Text.RegularExpressions;
using k8s.Models;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The real server's definition names (<c>io.k8s.api.core.v1.ServiceSpec</c>) of KubernetesClient model types
/// (<c>V1ServiceSpec</c>). The package's class names keep the version and, where two groups share a name, the
/// group (<c>Corev1Event</c>, <c>Eventsv1Event</c>); which group a nested type belongs to is not in the package,
/// so the types of the non-core groups the sandbox serves are listed here by name (everything else is core/v1).
/// </summary>
internal static partial class DefinitionNames
{
    public const string MetaPackage = "io.k8s.apimachinery.pkg.apis.meta.v1";

    public const string Time = MetaPackage + ".Time";

    public const string MicroTime = MetaPackage + ".MicroTime";

    public const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

    public const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    public const string FieldsV1 = MetaPackage + ".FieldsV1";

    public const string Patch = MetaPackage + ".Patch";

    private static readonly HashSet<string> Meta =
    [
        "ObjectMeta", "ListMeta", "LabelSelector", "LabelSelectorRequirement", "OwnerReference", "ManagedFieldsEntry",
        "Condition", "FieldSelectorRequirement", "Status", "StatusDetails", "StatusCause", "DeleteOptions", "Preconditions",
        "WatchEvent", "APIResource", "APIResourceList", "APIGroup", "APIGroupList", "APIVersions", "GroupVersionForDiscovery",
        "ServerAddressByClientCIDR",
    ];

    /// <summary>Nested types of the non-core groups, by the start of their name.</summary>
    private static readonly (string Package, string[] Prefixes, string[] Exact)[] Groups =
    [
        ("apps", ["Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "RollingUpdate", "ControllerRevision"], []),
        ("networking", ["Ingress", "HTTPIngress", "NetworkPolicy", "ServiceCIDR"], ["ServiceBackendPort", "IPBlock", "IPAddress", "IPAddressSpec", "ParentReference"]),
        ("discovery", ["EndpointSlice"], ["Endpoint", "EndpointConditions", "EndpointHints", "ForZone", "ForNode"]),
        ("authorization", ["SelfSubject", "SubjectAccessReview", "SubjectRulesReview", "LocalSubjectAccessReview"],
            ["ResourceAttributes", "NonResourceAttributes", "ResourceRule", "NonResourceRule", "FieldSelectorAttributes", "LabelSelectorAttributes"]),
        ("autoscaling", ["HorizontalPodAutoscaler"], ["Scale", "ScaleSpec", "ScaleStatus", "CrossVersionObjectReference"]),
    ];

    /// <summary>The package's name shape: <c>V1beta1Name</c>, or <c>Groupv1Name</c> where groups collide.</summary>
    [GeneratedRegex("^(?:V(?<version>[0-9]+(?:alpha[0-9]+|beta[0-9]+)?)|(?<group>[A-Z][a-z]+)v(?<gversion>[0-9]+(?:alpha[0-9]+|beta[0-9]+)?))(?<name>[A-Z].*)$")]
    private static partial Regex ModelName();

    public static bool IsMeta(Type type) => Parse(type) is { Name: var name, Version: "1" } && Meta.Contains(name);

    /// <summary>The definition name, or null for a type outside the package's models.</summary>
    public static string? Of(Type type)
    {
        if (Parse(type) is not { } parsed)
        {
            return null;
        }

        var version = "v" + parsed.Version;
        if (parsed.Group is { } group)
        {
            return $"io.k8s.api.{group}.{version}.{parsed.Name}";
        }

        if (version == "v1" && Meta.Contains(parsed.Name))
        {
            return $"{MetaPackage}.{parsed.Name}";
        }

        if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { Group: { Length: > 0 } entityGroup })
        {
            return $"io.k8s.api.{entityGroup.Split('.')[0]}.{version}.{parsed.Name}";
        }

        var package = Groups.FirstOrDefault(g =>
            g.Exact.Contains(parsed.Name) || g.Prefixes.Any(p => parsed.Name.StartsWith(p, StringComparison.Ordinal))).Package ?? "core";
        return $"io.k8s.api.{package}.{version}.{parsed.Name}";
    }

    /// <summary>The short name kubectl explain prints: the part after the last dot.</summary>
    public static string Short(string definition) => definition[(definition.LastIndexOf('.') + 1)..];

    private static (string? Group, string Version, string Name)? Parse(Type type)
    {
        if (type.Namespace != "k8s.Models" || ModelName().Match(type.Name) is not { Success: true } match)
        {
            return null;
        }

        return match.Groups["group"].Success
            ? (match.Groups["group"].Value.ToLowerInvariant(), match.Groups["gversion"].Value, match.Groups["name"].Value)
            : (null, match.Groups["version"].Value, match.Groups["name"].Value);
    }
}
