using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;
using Case = Dashboard.Core.Tests.GatewayMigration.AnnotationCase;

namespace Dashboard.Core.Tests.GatewayMigration;

public class AnnotationTranslationTests
{
    private const string Route = "route web/shop [shop.example.com] -> shop-gateway/http\n";

    private static (string, string) N(string name, string value) => (Nginx(name), value);

    public static TheoryData<Case> Cases { get; } = new(
        new Case("rewrite-target becomes URLRewrite ReplaceFullPath and makes the path a regular expression",
            [N("rewrite-target", "/")],
            Route + "  rule RegularExpression:(?i)/api.* -> api:8080*1 | rewrite ReplaceFullPath /",
            "translated nginx/rewrite-target"),
        new Case("rewrite-target with a capture group is not applied",
            [N("rewrite-target", "/$2")],
            Route + "  rule RegularExpression:(?i)/api.* -> api:8080*1",
            "not nginx/rewrite-target"),
        new Case("x-forwarded-prefix sets the header",
            [N("rewrite-target", "/"), N("x-forwarded-prefix", "/api")],
            Route + "  rule RegularExpression:(?i)/api.* -> api:8080*1 | rewrite ReplaceFullPath / | set X-Forwarded-Prefix=/api",
            "translated nginx/rewrite-target\ntranslated nginx/x-forwarded-prefix"),
        new Case("use-regex true makes every path (?i)<path>.*",
            [N("use-regex", "true")],
            Route + "  rule RegularExpression:(?i)/api.* -> api:8080*1",
            "translated nginx/use-regex"),
        new Case("use-regex false changes nothing and says so",
            [N("use-regex", "false")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/use-regex"),
        new Case("permanent-redirect answers every path with 301 to the URL",
            [N("permanent-redirect", "https://new.example.com/shop")],
            Route + "  rule PathPrefix:/api | redirect 301 https://new.example.com/shop",
            "translated nginx/permanent-redirect"),
        new Case("permanent-redirect-code sets the code",
            [N("permanent-redirect", "http://new.example.com:8080/"), N("permanent-redirect-code", "308")],
            Route + "  rule PathPrefix:/api | redirect 308 http://new.example.com:8080/",
            "translated nginx/permanent-redirect-code\ntranslated nginx/permanent-redirect"),
        new Case("a permanent-redirect-code that is no redirect code keeps 301 and says so",
            [N("permanent-redirect", "https://new.example.com/"), N("permanent-redirect-code", "399")],
            Route + "  rule PathPrefix:/api | redirect 301 https://new.example.com/",
            "translated nginx/permanent-redirect\nnot nginx/permanent-redirect-code"),
        new Case("temporal-redirect answers with 302",
            [N("temporal-redirect", "/maintenance")],
            Route + "  rule PathPrefix:/api | redirect 302 -://-/maintenance",
            "translated nginx/temporal-redirect"),
        new Case("temporal-redirect wins over permanent-redirect",
            [N("permanent-redirect", "https://a.example.com/"), N("temporal-redirect", "https://b.example.com/"), N("temporal-redirect-code", "307")],
            Route + "  rule PathPrefix:/api | redirect 307 https://b.example.com/",
            "translated nginx/temporal-redirect-code\ntranslated nginx/temporal-redirect\nnot nginx/permanent-redirect"),
        new Case("a redirect to an nginx variable is not translated and the backend stays",
            [N("permanent-redirect", "https://$host/new")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/permanent-redirect"),
        new Case("upstream-vhost sets the Host header",
            [N("upstream-vhost", "internal.example.com")],
            Route + "  rule PathPrefix:/api -> api:8080*1 | set Host=internal.example.com",
            "translated nginx/upstream-vhost"),
        new Case("connection-proxy-header sets the Connection header",
            [N("connection-proxy-header", "keep-alive")],
            Route + "  rule PathPrefix:/api -> api:8080*1 | set Connection=keep-alive",
            "translated nginx/connection-proxy-header"),
        new Case("the proxy timeouts give a request timeout of ten times the largest",
            [N("proxy-connect-timeout", "5"), N("proxy-read-timeout", "60")],
            Route + "  rule PathPrefix:/api -> api:8080*1 | timeout 10m",
            "translated nginx/proxy-connect-timeout\ntranslated nginx/proxy-read-timeout"),
        new Case("an odd timeout is written in whole units",
            [N("proxy-send-timeout", "369")],
            Route + "  rule PathPrefix:/api -> api:8080*1 | timeout 1h1m30s",
            "translated nginx/proxy-send-timeout"),
        new Case("a timeout beyond what a Gateway API duration can write is the longest it can",
            [N("proxy-read-timeout", "40000000")],
            Route + "  rule PathPrefix:/api -> api:8080*1 | timeout 99999h",
            "translated nginx/proxy-read-timeout"),
        new Case("a timeout that is no number is not translated",
            [N("proxy-read-timeout", "1m")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/proxy-read-timeout"),
        new Case("app-root adds a 302 for exactly /",
            [N("app-root", "/app")],
            Route + "  rule Exact:/ | redirect 302 -://-/app\n  rule PathPrefix:/api -> api:8080*1",
            "translated nginx/app-root"),
        new Case("backend-protocol HTTP is the default",
            [N("backend-protocol", "HTTP")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "translated nginx/backend-protocol"),
        new Case("backend-protocol GRPC asks for a GRPCRoute",
            [N("backend-protocol", "GRPC")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/backend-protocol"),
        new Case("CORS is not carried by the draft",
            [N("enable-cors", "true"), N("cors-allow-origin", "https://a.example.com")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/enable-cors\nnot nginx/cors-allow-origin"),
        new Case("ssl-redirect on an Ingress without TLS has no effect",
            [N("ssl-redirect", "true")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/ssl-redirect"),
        new Case("the legacy class annotation is replaced by the Gateway class",
            [("kubernetes.io/ingress.class", "nginx")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "translated kubernetes.io/ingress.class"),
        new Case("a cert-manager issuer without TLS has nothing to make",
            [("cert-manager.io/cluster-issuer", "letsencrypt")],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not cert-manager.io/cluster-issuer"),
        new Case("every setting without a Gateway API field is listed",
            [N("proxy-body-size", "8m"), N("whitelist-source-range", "10.0.0.0/8"), N("affinity", "cookie"), N("auth-url", "https://auth.example.com"),
             N("configuration-snippet", "more_set_headers x;"), N("server-snippet", "location /x {}"), N("force-ssl-redirect", "true"), N("limit-rps", "10"),
             ("external-dns.alpha.kubernetes.io/hostname", Host)],
            Route + "  rule PathPrefix:/api -> api:8080*1",
            "not nginx/proxy-body-size\nnot nginx/whitelist-source-range\nnot nginx/affinity\nnot nginx/auth-url\nnot nginx/configuration-snippet\n" +
            "not nginx/server-snippet\nnot nginx/force-ssl-redirect\nnot nginx/limit-rps\nnot external-dns.alpha.kubernetes.io/hostname"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_annotation_gives_its_routes_and_its_account(Case row)
    {
        var plan = Plan(Shop(row.Annotations));

        PlanShape.Routes(plan).ShouldBe(row.Routes, row.Description);
        PlanShape.Accounts(plan).ShouldBe(row.Accounts, row.Description);
    }

    [Theory]
    [InlineData("proxy-body-size", "BackendTrafficPolicy")]
    [InlineData("client-body-buffer-size", "BackendTrafficPolicy")]
    [InlineData("whitelist-source-range", "SecurityPolicy")]
    [InlineData("affinity", "sticky sessions")]
    [InlineData("session-cookie-name", "cookie affinity")]
    [InlineData("auth-url", "extAuth")]
    [InlineData("auth-type", "basicAuth")]
    [InlineData("auth-tls-secret", "client certificate")]
    [InlineData("configuration-snippet", "raw nginx configuration")]
    [InlineData("server-snippet", "raw nginx configuration")]
    [InlineData("force-ssl-redirect", "RequestRedirect")]
    [InlineData("limit-rps", "rate limits")]
    [InlineData("limit-connections", "rate limits")]
    [InlineData("enable-cors", "CORS filter")]
    [InlineData("cors-allow-methods", "CORS")]
    [InlineData("backend-protocol", "GRPCRoute")]
    [InlineData("canary-by-cookie", "cookie")]
    [InlineData("proxy-ssl-verify", "BackendTLSPolicy")]
    [InlineData("ssl-passthrough", "TLSRoute")]
    [InlineData("mirror-target", "RequestMirror")]
    public void A_setting_gateway_api_lacks_gets_its_own_reason(string name, string reasonMentions)
    {
        var value = name == "backend-protocol" ? "GRPC" : "on";

        var item = Plan(Shop((Nginx(name), value))).NotTranslated.ShouldHaveSingleItem();

        item.Item.ShouldBe(Nginx(name));
        item.Why.ShouldContain(reasonMentions);
        item.Why.ShouldEndWith(".");
    }

    [Fact]
    public void An_unknown_nginx_annotation_is_listed_with_the_general_reason()
    {
        var item = Plan(Shop((Nginx("made-up-setting"), "1"))).NotTranslated.ShouldHaveSingleItem();

        item.Why.ShouldStartWith("Gateway API has no field for this ingress-nginx setting");
    }

    [Fact]
    public void Cert_manager_annotations_give_the_new_gateway_its_issuer_and_the_https_listeners_their_certificates_from_cert_manager()
    {
        var plan = Plan(Shop(("cert-manager.io/cluster-issuer", "letsencrypt"), ("cert-manager.io/duration", "2160h")).WithTls("shop-tls", Host));

        PlanShape.Of(plan).ShouldStartWith("""
            gateway web/shop-gateway class eg issuer ClusterIssuer:letsencrypt
              listener http HTTP 80 * from Same
              listener https HTTPS 443 shop.example.com cert CertManager:shop-tls from Same
              annotation cert-manager.io/duration=2160h
            """);
        PlanShape.Accounts(plan).ShouldBe("translated cert-manager.io/cluster-issuer\ntranslated cert-manager.io/duration");
    }

    [Fact]
    public void A_namespaced_issuer_is_an_issuer_of_kind_issuer()
    {
        var gateway = Plan(Shop(("cert-manager.io/issuer", "local-ca")).WithTls("shop-tls", Host)).NewGateway!;

        gateway.CertManagerIssuer.ShouldBe("local-ca");
        gateway.CertManagerIssuerKind.ShouldBe(Core.Gateways.CertManagerIssuerKind.Issuer);
    }
}
