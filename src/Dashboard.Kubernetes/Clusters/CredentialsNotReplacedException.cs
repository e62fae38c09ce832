namespace Dashboard.Kubernetes.Clusters;

/// <summary>A new kubeconfig failed its connection test, so the cluster keeps the one it has.</summary>
public sealed class CredentialsNotReplacedException(string reason)
    : Exception($"{reason.TrimEnd('.')}. The new kubeconfig was not saved; the cluster keeps its current credentials.");
