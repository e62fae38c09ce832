using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>
/// RKE2 and K3s, recognised by what their agents write on every node: the <c>rke2.io/node-args</c> or
/// <c>k3s.io/node-args</c> annotation, K3s's <c>node.kubernetes.io/instance-type=k3s</c> label, and the kubelet
/// version suffix (<c>+rke2r1</c>, <c>+k3s1</c>). Their servers carry etcd and control-plane role labels too, so this
/// runs before the RKE rule that reads those.
/// </summary>
internal static class DistributionDetection
{
    private const string Rke2Args = "rke2.io/node-args";
    private const string K3sArgs = "k3s.io/node-args";
    private const string InstanceType = "node.kubernetes.io/instance-type";

    public static DetectedProvider? Detect(ClusterFacts facts)
    {
        var rke2 = Evidence(facts.Nodes, Rke2Args, "+rke2", label: null);
        var k3s = Evidence(facts.Nodes, K3sArgs, "+k3s", label: (InstanceType, "k3s"));
        if (rke2.Nodes == 0 && k3s.Nodes == 0)
            return null;
        // A node carries one agent's marks; should both appear, the one on more nodes decides.
        var (kind, lines) = rke2.Nodes >= k3s.Nodes ? (ProviderKind.Rke2, rke2.Lines) : (ProviderKind.K3s, k3s.Lines);
        return new DetectedProvider(kind, [.. lines, .. ProviderDetection.MetalLbEvidence(facts)]);
    }

    private static (int Nodes, List<string> Lines) Evidence(IReadOnlyList<NodeFacts> nodes, string annotation, string kubeletSuffix, (string Key, string Value)? label)
    {
        var lines = new List<string>();
        var marked = new HashSet<string>(StringComparer.Ordinal);
        void Add(IEnumerable<NodeFacts> matching, Func<int, string> line)
        {
            var list = matching.ToList();
            if (list.Count == 0)
                return;
            lines.Add(line(list.Count));
            marked.UnionWith(list.Select(n => n.Name));
        }

        Add(nodes.Where(n => n.Annotations.ContainsKey(annotation)), count => $"annotation {annotation} on {Nodes(count)}");
        if (label is var (key, value))
            Add(nodes.Where(n => n.Labels.TryGetValue(key, out var v) && v == value), count => $"label {key}={value} on {Nodes(count)}");
        var kubelets = nodes.Where(n => n.KubeletVersion?.Contains(kubeletSuffix, StringComparison.Ordinal) == true).ToList();
        Add(kubelets, count => $"kubelet {kubelets[0].KubeletVersion} on {Nodes(count)}");
        return (marked.Count, lines);
    }

    private static string Nodes(int count) => count == 1 ? "1 node" : $"{count} nodes";
}
