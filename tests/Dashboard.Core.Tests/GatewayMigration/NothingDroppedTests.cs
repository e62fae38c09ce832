using Dashboard.Core.GatewayMigration;
using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

public class NothingDroppedTests
{
    // Every annotation of the ingress-nginx documentation's table, and a few of other tools.
    private static readonly string[] NginxNames =
    [
        "app-root", "affinity", "affinity-mode", "affinity-canary-behavior", "auth-realm", "auth-secret", "auth-secret-type", "auth-type",
        "auth-tls-secret", "auth-tls-verify-depth", "auth-tls-verify-client", "auth-tls-error-page", "auth-tls-pass-certificate-to-upstream",
        "auth-tls-match-cn", "auth-url", "auth-cache-key", "auth-cache-duration", "auth-keepalive", "auth-proxy-set-headers", "auth-snippet",
        "enable-global-auth", "backend-protocol", "canary", "canary-by-header", "canary-by-header-value", "canary-by-header-pattern",
        "canary-by-cookie", "canary-weight", "canary-weight-total", "client-body-buffer-size", "configuration-snippet", "custom-http-errors",
        "custom-headers", "default-backend", "enable-cors", "cors-allow-origin", "cors-allow-methods", "cors-allow-headers", "cors-expose-headers",
        "cors-allow-credentials", "cors-max-age", "force-ssl-redirect", "from-to-www-redirect", "http2-push-preload", "limit-connections", "limit-rps",
        "limit-rpm", "limit-rate", "limit-rate-after", "limit-whitelist", "limit-burst-multiplier", "permanent-redirect", "permanent-redirect-code",
        "temporal-redirect", "temporal-redirect-code", "preserve-trailing-slash", "proxy-body-size", "proxy-cookie-domain", "proxy-cookie-path",
        "proxy-connect-timeout", "proxy-send-timeout", "proxy-read-timeout", "proxy-next-upstream", "proxy-next-upstream-timeout",
        "proxy-next-upstream-tries", "proxy-request-buffering", "proxy-redirect-from", "proxy-redirect-to", "proxy-http-version",
        "proxy-ssl-secret", "proxy-ssl-ciphers", "proxy-ssl-name", "proxy-ssl-protocols", "proxy-ssl-verify", "proxy-ssl-verify-depth",
        "proxy-ssl-server-name", "enable-rewrite-log", "rewrite-target", "satisfy", "server-alias", "server-snippet", "service-upstream",
        "session-cookie-change-on-failure", "session-cookie-conditional-samesite-none", "session-cookie-domain", "session-cookie-expires",
        "session-cookie-max-age", "session-cookie-name", "session-cookie-path", "session-cookie-samesite", "session-cookie-secure",
        "ssl-redirect", "ssl-passthrough", "stream-snippet", "upstream-hash-by", "upstream-hash-by-subset", "upstream-hash-by-subset-size",
        "x-forwarded-prefix", "load-balance", "upstream-vhost", "denylist-source-range", "whitelist-source-range", "proxy-buffering",
        "proxy-buffers-number", "proxy-buffer-size", "proxy-max-temp-file-size", "ssl-ciphers", "ssl-prefer-server-ciphers",
        "connection-proxy-header", "enable-access-log", "enable-opentelemetry", "opentelemetry-trust-incoming-span", "enable-opentracing",
        "opentracing-trust-incoming-span", "enable-influxdb", "influxdb-measurement", "influxdb-port", "influxdb-host", "influxdb-server-name",
        "use-regex", "enable-modsecurity", "enable-owasp-core-rules", "modsecurity-transaction-id", "modsecurity-snippet", "mirror-request-body",
        "mirror-target", "mirror-host", "global-rate-limit", "global-rate-limit-window", "lua-resty-waf", "grpc-backend", "secure-backends",
        "secure-verify-ca-secret",
    ];

    private static readonly string[] OtherKeys =
    [
        "kubernetes.io/ingress.class", "kubernetes.io/tls-acme", "cert-manager.io/cluster-issuer", "cert-manager.io/issuer", "cert-manager.io/common-name",
        "acme.cert-manager.io/http01-edit-in-place", "external-dns.alpha.kubernetes.io/hostname", "traefik.ingress.kubernetes.io/router.middlewares",
        "alb.ingress.kubernetes.io/scheme", "meta.helm.sh/release-name", "example.com/owner",
    ];

    private static string Value(string name) => name switch
    {
        "canary" => "false",
        "permanent-redirect" or "temporal-redirect" => "https://new.example.com/",
        "permanent-redirect-code" => "308",
        "temporal-redirect-code" => "307",
        "rewrite-target" or "app-root" or "x-forwarded-prefix" => "/",
        "proxy-connect-timeout" or "proxy-send-timeout" or "proxy-read-timeout" or "canary-weight" => "10",
        _ => "true",
    };

    private static (string Key, string Value)[] Everything() =>
        [.. NginxNames.Select(n => (Nginx(n), Value(n))), .. OtherKeys.Select(k => (k, "x"))];

    [Fact]
    public void Every_annotation_is_either_translated_or_not_translated_exactly_once_with_a_sentence()
    {
        var annotations = Everything();

        var plan = Plan(Shop(annotations).WithTls("shop-tls", Host));

        var accounted = plan.Translated.Select(t => t.Item).Concat(plan.NotTranslated.Select(n => n.Item)).ToList();
        accounted.Order(StringComparer.Ordinal).ShouldBe(annotations.Select(a => a.Key).Order(StringComparer.Ordinal));
        plan.NotTranslated.ShouldAllBe(n => n.Why.Length > 20 && n.Why.EndsWith('.') && char.IsUpper(n.Why[0]));
        plan.Translated.ShouldAllBe(t => t.Into.Length > 0);
    }

    [Fact]
    public void Every_known_nginx_annotation_has_a_reason_of_its_own_not_the_general_one()
    {
        var plan = Plan(Shop(Everything()).WithTls("shop-tls", Host));

        plan.NotTranslated.Where(n => n.Item.StartsWith("nginx.", StringComparison.Ordinal) && n.Why == Plan(Shop((Nginx("made-up"), "1"))).NotTranslated[0].Why)
            .Select(n => n.Item).ShouldBeEmpty();
    }

    [Fact]
    public void Under_another_controller_every_annotation_is_still_accounted_for()
    {
        var annotations = Everything();

        var plan = GatewayMigrator.Plan(new GatewayMigrationRequest
        {
            Ingress = Shop(annotations).WithTls("shop-tls", Host),
            GatewayClassName = "traefik",
            IngressController = "traefik.io/ingress-controller",
        });

        plan.Translated.Select(t => t.Item).Concat(plan.NotTranslated.Select(n => n.Item)).Order(StringComparer.Ordinal)
            .ShouldBe(annotations.Select(a => a.Key).Order(StringComparer.Ordinal));
    }
}
