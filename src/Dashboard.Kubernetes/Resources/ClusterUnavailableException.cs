namespace Dashboard.Kubernetes.Resources;

/// <summary>A cluster's caches could not be loaded; the message is the sentence from <see cref="Clusters.KubernetesErrors"/>.</summary>
public sealed class ClusterUnavailableException : Exception
{
    public ClusterUnavailableException()
    {
    }

    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
