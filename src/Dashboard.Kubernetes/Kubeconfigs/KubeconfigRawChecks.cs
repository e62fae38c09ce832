using YamlDotNet.RepresentationModel;

namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>
/// Key-by-key checks on the raw YAML of the chosen cluster and user. KubernetesClient's model drops keys it
/// does not know (<c>tokenFile</c>), and kubectl would honour them; refusing them keeps the stored kubeconfig honest.
/// </summary>
internal static class KubeconfigRawChecks
{
    private static readonly string[] FileKeys = ["client-certificate", "client-key"];

    public static void Check(string yaml, string clusterName, string userName)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
            stream.Load(reader);
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new KubeconfigRejectedException("A kubeconfig is one YAML document with 'clusters', 'users' and 'contexts'.");

        foreach (var user in Entries(root, "users", "user", userName))
        {
            if (Has(user, "exec"))
                throw KubeconfigFieldRefusal.Exec(userName, Child(Child(user, "exec"), "command")?.ToString());
            if (Has(user, "auth-provider"))
                throw KubeconfigFieldRefusal.AuthProvider(userName, null);
            if (Has(user, "tokenFile"))
                throw KubeconfigFieldRefusal.TokenFile(userName);
            foreach (var key in FileKeys.Where(k => Has(user, k)))
                throw KubeconfigFieldRefusal.FileReference($"users[{userName}].user.{key}", key + "-data");
        }
        foreach (var cluster in Entries(root, "clusters", "cluster", clusterName))
        {
            if (Has(cluster, "certificate-authority"))
                throw KubeconfigFieldRefusal.FileReference($"clusters[{clusterName}].cluster.certificate-authority", "certificate-authority-data");
        }
    }

    /// <summary>The inner mapping (<c>user:</c> / <c>cluster:</c>) of every list entry with this name.</summary>
    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode root, string list, string inner, string name)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(list), out var node) || node is not YamlSequenceNode sequence)
            yield break;
        foreach (var entry in sequence.OfType<YamlMappingNode>())
        {
            if (entry.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n.ToString() == name
                && entry.Children.TryGetValue(new YamlScalarNode(inner), out var body) && body is YamlMappingNode mapping)
                yield return mapping;
        }
    }

    private static bool Has(YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
