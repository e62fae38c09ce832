using System.Collections.Frozen;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Caching;
using k8s.Models;

namespace Dashboard.Kubernetes.Resources;

/// <summary>The kinds the facts need only a little of: nodes, ingress classes, ConfigMaps.</summary>
internal static class ClusterObjectConversion
{
    public const string DefaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class";

    public static NodeFacts ToFacts(V1Node node) => new(
        node.Name(),
        string.IsNullOrEmpty(node.Spec?.ProviderID) ? null : node.Spec.ProviderID,
        Frozen(node.Labels()),
        Frozen(node.Annotations()),
        (node.Status?.Addresses ?? []).Where(a => a.Type == "ExternalIP").Select(a => a.Address).ToArray())
    {
        // RKE2 and K3s are told apart from other bare-metal clusters by their kubelet's version suffix.
        KubeletVersion = node.Status?.NodeInfo?.KubeletVersion,
    };

    public static IngressClassFacts ToFacts(V1IngressClass ingressClass) => new(
        ingressClass.Name(),
        ingressClass.Spec?.Controller ?? "",
        string.Equals(ingressClass.GetAnnotation(DefaultClassAnnotation), "true", StringComparison.OrdinalIgnoreCase));

    public static ConfigMapEntry ToEntry(V1ConfigMap configMap) => new(Frozen(configMap.Data));

    private static FrozenDictionary<string, string> Frozen(IDictionary<string, string>? values) =>
        values?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, string>.Empty;
}
