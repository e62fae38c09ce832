using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>A detected kind and the evidence for it, in words ("3 nodes with providerID aws://…").</summary>
public sealed record DetectedProvider(ProviderKind Kind, IReadOnlyList<string> Evidence);

/// <summary>
/// Recognises a cluster's deployment from the cluster itself (docs/architecture.md): RKE2's and K3s's node
/// annotations, labels and kubelet versions first (the distribution decides, whatever cloud its nodes run on), then
/// node providerID prefixes and platform labels, RKE's node roles and annotations, MetalLB's namespace or address pools.
/// </summary>
public static class ProviderDetection
{
    private static readonly string[] RkeLabels = ["node-role.kubernetes.io/controlplane", "node-role.kubernetes.io/etcd"];

    public static DetectedProvider Detect(ClusterFacts facts)
    {
        if (DistributionDetection.Detect(facts) is { } distribution)
            return distribution;
        var evidence = new List<string>();
        var providers = facts.Nodes.Select(n => ProviderPrefix(n.ProviderId)).Where(p => p is not null).GroupBy(p => p!).ToArray();
        foreach (var group in providers)
            evidence.Add($"{group.Count()} node{Plural(group.Count())} with providerID {group.Key}//…");
        var rke = facts.Nodes.Count(IsRke);
        if (rke > 0)
            evidence.Add($"{rke} node{Plural(rke)} with RKE roles or rke.cattle.io annotations");
        var metalLb = MetalLbEvidence(facts);
        evidence.AddRange(metalLb);

        var provider = providers.OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var kind = provider switch
        {
            "aws:" when rke > 0 => ProviderKind.RkeEc2,
            "aws:" => WithLabel(facts, "eks.amazonaws.com/nodegroup", evidence, ProviderKind.AmazonEks),
            "gce:" => WithLabel(facts, "cloud.google.com/gke-nodepool", evidence, ProviderKind.GoogleGke),
            "azure:" => WithLabel(facts, "kubernetes.azure.com/cluster", evidence, ProviderKind.AzureAks),
            "digitalocean:" => ProviderKind.RkeDigitalOcean,
            "vsphere:" => ProviderKind.RkeVsphere,
            _ when metalLb.Count > 0 => ProviderKind.MetalLb,
            _ => ByLabelsOnly(facts, evidence, rke),
        };
        return new DetectedProvider(kind, evidence);
    }

    private static ProviderKind ByLabelsOnly(ClusterFacts facts, List<string> evidence, int rke)
    {
        foreach (var (label, kind) in new[]
                 {
                     ("eks.amazonaws.com/nodegroup", ProviderKind.AmazonEks),
                     ("cloud.google.com/gke-nodepool", ProviderKind.GoogleGke),
                     ("kubernetes.azure.com/cluster", ProviderKind.AzureAks),
                 })
        {
            if (facts.Nodes.Any(n => n.Labels.ContainsKey(label)))
                return WithLabel(facts, label, evidence, kind);
        }
        return rke > 0 ? ProviderKind.RkeCustom : ProviderKind.Unknown;
    }

    private static ProviderKind WithLabel(ClusterFacts facts, string label, List<string> evidence, ProviderKind kind)
    {
        var count = facts.Nodes.Count(n => n.Labels.ContainsKey(label));
        if (count > 0)
            evidence.Add($"label {label} on {count} node{Plural(count)}");
        return kind;
    }

    internal static List<string> MetalLbEvidence(ClusterFacts facts)
    {
        var found = new List<string>();
        if (facts.Namespaces.Contains("metallb-system"))
            found.Add("namespace metallb-system");
        if (facts.HasMetalLbAddressPools)
            found.Add("MetalLB IPAddressPool objects");
        return found;
    }

    private static bool IsRke(NodeFacts node) =>
        RkeLabels.Any(node.Labels.ContainsKey) || node.Annotations.Keys.Any(k => k.StartsWith("rke.cattle.io/", StringComparison.Ordinal));

    private static string? ProviderPrefix(string? providerId)
    {
        var colon = providerId?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? providerId![..(colon + 1)] : null;
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
