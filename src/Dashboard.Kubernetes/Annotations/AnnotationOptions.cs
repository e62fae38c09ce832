using Dashboard.Core.Annotations;

namespace Dashboard.Kubernetes.Annotations;

/// <summary>
/// <c>Dashboard:Annotations</c> (README, Settings): the annotation prefixes an administrator allows although the
/// annotation policy refuses them by default (docs/decisions/0014-annotation-policy.md). Checked by
/// <see cref="AnnotationOptionsValidator"/>.
/// </summary>
public sealed class AnnotationOptions
{
    public const string Section = "Dashboard:Annotations";

    /// <summary>
    /// Whole key prefixes, compared case-insensitively: <c>nginx.ingress.kubernetes.io/auth-tls-</c> allows the
    /// client-certificate annotations, <c>nginx.ingress.kubernetes.io/</c> every ingress-nginx annotation. Empty by default.
    /// </summary>
    public List<string> AllowedPrefixes { get; set; } = [];

    public AnnotationPolicy ToPolicy() => new(AllowedPrefixes);
}
