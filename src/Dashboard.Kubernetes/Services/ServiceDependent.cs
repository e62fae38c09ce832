namespace Dashboard.Kubernetes.Services;

/// <summary>One thing that breaks when the Service is deleted, with the sentence a confirmation lists.</summary>
/// <param name="Namespace">The dependent object's namespace (the Ingress's, or ingress-nginx's for an exposure).</param>
/// <param name="Name">The dependent object's name (the Ingress, or the ConfigMap holding the exposure).</param>
/// <param name="Sentence">E.g. "Ingress shop/web uses port 80" or "TCP 5432 via ingress-nginx".</param>
public sealed record ServiceDependent(ServiceDependentKind Kind, string Namespace, string Name, string Sentence);
