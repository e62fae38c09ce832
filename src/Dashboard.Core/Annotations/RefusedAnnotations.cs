namespace Dashboard.Core.Annotations;

/// <summary>
/// The annotation families refused by default (docs/decisions/0014-annotation-policy.md lists the advisories). Each
/// lets whoever may write an Ingress put text into the ingress controller's NGINX configuration, and the controller
/// runs with a credential that reads every Secret of the cluster.
/// </summary>
public static class RefusedAnnotations
{
    /// <summary>The annotation prefix of the Kubernetes project's ingress-nginx (its default <c>--annotations-prefix</c>).</summary>
    public const string IngressNginx = "nginx.ingress.kubernetes.io/";

    /// <summary>The annotation prefix of F5 NGINX Inc's NGINX Ingress Controller.</summary>
    public const string NginxInc = "nginx.org/";

    private const string ReadsEverySecret = "whoever writes it can run code in the ingress controller and read every Secret it can read (by default all Secrets of the cluster)";

    /// <summary>In order: the first family that covers a key names it in the message.</summary>
    public static IReadOnlyList<RefusedAnnotation> All { get; } =
    [
        new(IngressNginx, AnnotationNameMatch.EndsWith, "-snippet",
            $"ingress-nginx copies a snippet into its NGINX configuration as it is, so {ReadsEverySecret}",
            "CVE-2021-25742; through the admission webhook also CVE-2025-1974, IngressNightmare"),
        new(IngressNginx, AnnotationNameMatch.Exact, "auth-url",
            $"ingress-nginx writes the authentication URL into its NGINX configuration without escaping it, so {ReadsEverySecret}",
            "CVE-2025-24514, IngressNightmare"),
        new(IngressNginx, AnnotationNameMatch.Exact, "auth-proxy-set-headers",
            $"ingress-nginx writes the headers for the authentication request into its NGINX configuration without escaping them, so {ReadsEverySecret}",
            "CVE-2025-15566"),
        new(IngressNginx, AnnotationNameMatch.StartsWith, "auth-tls-",
            $"ingress-nginx writes the client-certificate settings into its NGINX configuration, auth-tls-match-cn without escaping it, so {ReadsEverySecret}",
            "CVE-2025-1097, IngressNightmare"),
        new(IngressNginx, AnnotationNameMatch.StartsWith, "mirror-",
            $"ingress-nginx writes the mirror target and host into its NGINX configuration without escaping them, so {ReadsEverySecret}",
            "CVE-2025-1098, IngressNightmare"),
        new(NginxInc, AnnotationNameMatch.EndsWith, "-snippets",
            "NGINX Ingress Controller inserts the snippet into its NGINX configuration unchecked, so whoever writes it can, for example, serve the TLS keys of every other Ingress",
            "no CVE of its own: the controller's documentation warns of exactly this and turns snippets off by default, the same risk as CVE-2021-25742"),
    ];
}
