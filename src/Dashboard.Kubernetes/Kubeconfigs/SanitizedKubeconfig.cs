namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>
/// A kubeconfig reduced to one context, its cluster and its user, with inline credentials only:
/// safe for KubernetesClient to load (it runs no program and reads no file). <paramref name="SkipsTlsVerify"/>: the
/// cluster sets <c>insecure-skip-tls-verify: true</c>.
/// </summary>
public sealed record SanitizedKubeconfig(string Yaml, string ContextName, string ServerUrl, string? Namespace, bool SkipsTlsVerify = false)
{
    /// <summary>The server is reached over plain <c>http://</c>.</summary>
    public bool PlainHttp => ServerUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The contexts a kubeconfig offers, for the register dialog's picker.</summary>
public sealed record KubeconfigContexts(IReadOnlyList<string> Names, string? CurrentContext);
