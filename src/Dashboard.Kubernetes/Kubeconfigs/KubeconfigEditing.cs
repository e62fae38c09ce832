using k8s;
using k8s.KubeConfigModels;

namespace Dashboard.Kubernetes.Kubeconfigs;

public static class KubeconfigEditing
{
    /// <summary>The same sanitised kubeconfig with every cluster's server replaced.</summary>
    public static string WithServer(string sanitizedYaml, string server)
    {
        var model = KubernetesYaml.Deserialize<K8SConfiguration>(sanitizedYaml);
        foreach (var cluster in model.Clusters ?? [])
            cluster.ClusterEndpoint.Server = server;
        return KubernetesYaml.Serialize(model);
    }
}
