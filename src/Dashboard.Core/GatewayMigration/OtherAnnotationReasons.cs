namespace Dashboard.Core.GatewayMigration;

/// <summary>Why an annotation of another tool (not ingress-nginx, not cert-manager's issuer) is not carried over.</summary>
internal static class OtherAnnotationReasons
{
    public const string LegacyIngressClass = "kubernetes.io/ingress.class";

    private static readonly (string Prefix, string Why)[] Table =
    [
        ("kubernetes.io/tls-acme",
            "cert-manager's default issuer for this switch applies to Ingresses only: set cert-manager.io/cluster-issuer (or issuer) on the Gateway to have its HTTPS certificates made"),
        ("acme.cert-manager.io/",
            "it tunes cert-manager's HTTP-01 challenge through an Ingress: with Gateway API, give the issuer's HTTP-01 solver a gatewayHTTPRoute with this Gateway as its parent"),
        ("external-dns.alpha.kubernetes.io/",
            "external-dns reads Gateway API objects only when it runs with --source=gateway-httproute: then put hostname and ttl on the HTTPRoute and target on the Gateway"),
        ("traefik.ingress.kubernetes.io/",
            "Traefik's Ingress settings do not apply to Gateway API routes: use HTTPRoute filters, or a Traefik Middleware through an ExtensionRef filter"),
        ("alb.ingress.kubernetes.io/",
            "the AWS Load Balancer Controller reads Gateway settings from LoadBalancerConfiguration and TargetGroupConfiguration objects, not from Ingress annotations: set them there"),
        ("service.beta.kubernetes.io/",
            "load balancer settings of a Gateway belong to its implementation's parameters (the GatewayClass or Gateway infrastructure), not to a route: set them there"),
        ("meta.helm.sh/",
            "Helm owns the Ingress, not the new objects: add the routes to the chart so Helm manages them, then remove the Ingress from it"),
        ("argocd.argoproj.io/",
            "Argo CD's settings for the Ingress: add the routes to the application's sources so Argo CD manages them"),
    ];

    public static string Why(string key)
    {
        foreach (var (prefix, why) in Table)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
                return char.ToUpperInvariant(why[0]) + why[1..] + ".";
        }
        return "An annotation for another tool is not copied: add it to the HTTPRoute or the Gateway by hand if that tool reads Gateway API objects.";
    }
}
