namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>
/// A kubeconfig the dashboard will not load. <see cref="Exception.Message"/> says what is wrong and how to fix it;
/// it names fields and contexts, never secret values.
/// </summary>
public sealed class KubeconfigRejectedException(string message, string? field = null) : Exception(message)
{
    /// <summary>The offending kubeconfig field (for example <c>users[0].user.exec</c>), when there is one.</summary>
    public string? Field { get; } = field;
}
