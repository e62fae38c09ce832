using System.Text.Json;
using k8s.Models;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Nodes of the Rancher distributions K3s and RKE2, labelled and annotated as their agents write them:
/// <c>&lt;dist&gt;.io/node-args</c>, <c>hostname</c>, <c>internal-ip</c>, <c>external-ip</c>, the instance type
/// named after the distribution, a <c>&lt;dist&gt;://</c> providerID, and the server roles on the first node.
/// </summary>
internal static class DistributionNodes
{
    public static IReadOnlyList<V1Node> Create(string distribution, string namePrefix, string internalPrefix, string externalPrefix, int firstHost, string kubeletVersion, string containerRuntime, IReadOnlyList<string> serverArgs) =>
        Enumerable.Range(0, 3).Select(i =>
        {
            var name = $"{namePrefix}-{i + 1}";
            var internalIp = $"{internalPrefix}.{firstHost + i}";
            var externalIp = $"{externalPrefix}.{firstHost + i}";
            var server = i == 0;
            var labels = new Dictionary<string, string>
            {
                ["beta.kubernetes.io/instance-type"] = distribution,
                ["node.kubernetes.io/instance-type"] = distribution,
            };
            if (server)
            {
                labels["node-role.kubernetes.io/control-plane"] = "true";
                labels["node-role.kubernetes.io/etcd"] = "true";
                labels["node-role.kubernetes.io/master"] = "true";
            }

            string[] args = server ? [.. serverArgs] : ["agent", "--node-external-ip", externalIp];
            var annotations = new Dictionary<string, string>
            {
                [$"{distribution}.io/hostname"] = name,
                [$"{distribution}.io/internal-ip"] = internalIp,
                [$"{distribution}.io/external-ip"] = externalIp,
                [$"{distribution}.io/node-args"] = JsonSerializer.Serialize(args),
                [$"{distribution}.io/node-env"] = "{}",
                ["node.alpha.kubernetes.io/ttl"] = "0",
                ["volumes.kubernetes.io/controller-managed-attach-detach"] = "true",
            };
            return ClusterObjects.Node(name, internalIp, externalIp, labels, annotations, providerId: $"{distribution}://{name}",
                kubeletVersion: kubeletVersion, containerRuntime: containerRuntime);
        }).ToList();
}
