namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>
/// A kubeconfig reduced to one context, its cluster and its user, with inline credentials only:
/// safe for KubernetesClient to load (it runs no program and reads no file).
/// </summary>
public sealed record SanitizedKubeconfig(string Yaml, string ContextName, string ServerUrl, string? Namespace);

/// <summary>The contexts a kubeconfig offers, for the register dialog's picker.</summary>
public sealed record KubeconfigContexts(IReadOnlyList<string> Names, string? CurrentContext);
