using Dashboard.Core.GatewayMigration;
using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

public class GatewayMigratorTests
{
    [Fact]
    public void A_plain_ingress_becomes_a_new_gateway_with_an_http_listener_and_one_route_named_after_it()
    {
        var plan = Plan(Shop());

        PlanShape.Of(plan).ShouldBe("""
            gateway web/shop-gateway class eg
              listener http HTTP 80 * from Same
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*1
            """);
        plan.Translated.ShouldBeEmpty();
        plan.NotTranslated.ShouldBeEmpty();
        plan.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void The_new_gateway_takes_the_name_it_is_given()
    {
        var plan = Plan(Shop());

        GatewayMigrator.Plan(new GatewayMigrationRequest { Ingress = Shop(), GatewayClassName = "traefik", NewGatewayName = "edge" })
            .NewGateway.ShouldSatisfyAllConditions(
                g => g!.Name.ShouldBe("edge"),
                g => g!.ClassName.ShouldBe("traefik"),
                g => g!.Namespace.ShouldBe("web"));
        plan.NewGateway!.Name.ShouldBe("shop-gateway");
    }

    [Fact]
    public void A_long_ingress_name_still_gives_a_gateway_name_of_at_most_253_characters()
    {
        var ingress = Shop();
        ingress.Name = new string('a', 250);

        var name = Plan(ingress).NewGateway!.Name;

        name.Length.ShouldBe(253);
        name.ShouldEndWith("-gateway");
    }

    [Fact]
    public void Exact_stays_exact_and_implementation_specific_becomes_a_path_prefix_with_a_notice_where_that_matches_less()
    {
        var ingress = Ingress("shop", [Rule(Host, Path("/exact", "api", type: "Exact"), Path("/legacy", "old", type: "ImplementationSpecific"), Path("", "any", type: "ImplementationSpecific"))]);

        var plan = Plan(ingress);

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule Exact:/exact -> api:80*1
              rule PathPrefix:/legacy -> old:80*1
              rule PathPrefix:/ -> any:80*1
            """);
        // The prefix "/" takes every path under both rules, so only /legacy is worth a word.
        plan.Notices.ShouldHaveSingleItem().ShouldBe("spec.rules[0].http.paths[1]: pathType ImplementationSpecific became PathPrefix /legacy. " +
            "ingress-nginx matched it as a plain string prefix (/legacyx matched too); a PathPrefix matches whole path segments only.");
    }

    [Fact]
    public void An_implementation_specific_path_ending_in_a_slash_says_the_prefix_now_takes_the_path_without_it()
    {
        var plan = Plan(Ingress("shop", [Rule(Host, Path("/docs/", "docs", type: "ImplementationSpecific"))]));

        plan.Notices.ShouldHaveSingleItem().ShouldEndWith("a PathPrefix matches whole path segments, so it also takes /docs.");
    }

    [Fact]
    public void The_default_backend_becomes_a_route_for_any_host_with_a_rule_that_has_no_match_and_comes_last()
    {
        var ingress = Ingress("shop", [DefaultBackend("fallback", "8080"), Rule(Host, Path("/", "web"))]);

        PlanShape.Routes(Plan(ingress)).ShouldBe("""
            route web/shop-1 [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/ -> web:80*1
            route web/shop-2 [Any] -> shop-gateway/http
              rule any -> fallback:8080*1
            """);
    }

    [Fact]
    public void Each_host_gets_its_own_numbered_route_and_rules_of_the_same_host_share_one()
    {
        var ingress = Ingress("shop", [
            Rule(Host, Path("/", "web")),
            Rule("api.example.com", Path("/v1", "api", "8080")),
            Rule("SHOP.example.com", Path("/static", "files"))]);

        PlanShape.Routes(Plan(ingress)).ShouldBe("""
            route web/shop-1 [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/ -> web:80*1
              rule PathPrefix:/static -> files:80*1
            route web/shop-2 [api.example.com] -> shop-gateway/http
              rule PathPrefix:/v1 -> api:8080*1
            """);
    }

    [Fact]
    public void A_generated_host_and_a_host_equal_to_the_domain_both_stay_the_placeholder_for_a_generated_route_hostname()
    {
        var ingress = Ingress("shop", [Generated(Path("/", "web")), Rule("sslip.io", Path("/api", "api"))]);

        PlanShape.Routes(Plan(ingress)).ShouldBe("""
            route web/shop [Generate] -> shop-gateway/http
              rule PathPrefix:/ -> web:80*1
              rule PathPrefix:/api -> api:80*1
            """);
    }

    [Fact]
    public void A_host_equal_to_another_configured_domain_is_a_user_host()
    {
        var request = new GatewayMigrationRequest { Ingress = Ingress("shop", [Rule("sslip.io", Path("/", "web"))]), GatewayClassName = "eg", HostnameDomain = "apps.example.com" };

        PlanShape.Routes(GatewayMigrator.Plan(request)).ShouldStartWith("route web/shop [sslip.io]");
    }

    [Fact]
    public void TLS_gives_an_https_listener_with_the_secret_and_a_route_on_http_that_redirects_to_https_with_308()
    {
        var plan = Plan(Shop().WithTls("shop-tls", Host));

        PlanShape.Of(plan).ShouldBe("""
            gateway web/shop-gateway class eg
              listener http HTTP 80 * from Same
              listener https HTTPS 443 shop.example.com cert ExistingSecret:shop-tls from Same
            route web/shop [shop.example.com] -> shop-gateway/https
              rule PathPrefix:/api -> api:8080*1
            route web/shop-ssl-redirect [shop.example.com] -> shop-gateway/http
              rule any | redirect 308 https://-
            """);
        plan.NotTranslated.ShouldBeEmpty();
    }

    [Fact]
    public void Ssl_redirect_false_makes_no_redirect_route_and_the_route_serves_both_listeners()
    {
        var plan = Plan(Shop((Nginx("ssl-redirect"), "false")).WithTls("shop-tls", Host));

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/https,shop-gateway/http
              rule PathPrefix:/api -> api:8080*1
            """);
        PlanShape.Accounts(plan).ShouldBe("translated nginx/ssl-redirect");
    }

    [Fact]
    public void Each_host_of_each_tls_entry_gets_a_listener_and_an_entry_without_hosts_gets_one_for_every_host()
    {
        var ingress = Ingress("shop", [Rule(Host, Path("/", "web")), Rule("api.example.com", Path("/", "api")), Rule("other.example.org", Path("/", "other"))])
            .WithTls("shop-tls", Host, "api.example.com")
            .WithTls("fallback-tls");

        PlanShape.Of(Plan(ingress)).ShouldBe("""
            gateway web/shop-gateway class eg
              listener http HTTP 80 * from Same
              listener https-1 HTTPS 443 shop.example.com cert ExistingSecret:shop-tls from Same
              listener https-2 HTTPS 443 api.example.com cert ExistingSecret:shop-tls from Same
              listener https-3 HTTPS 443 * cert ExistingSecret:fallback-tls from Same
            route web/shop-1 [shop.example.com] -> shop-gateway/https-1
              rule PathPrefix:/ -> web:80*1
            route web/shop-1-ssl-redirect [shop.example.com] -> shop-gateway/http
              rule any | redirect 308 https://-
            route web/shop-2 [api.example.com] -> shop-gateway/https-2
              rule PathPrefix:/ -> api:80*1
            route web/shop-2-ssl-redirect [api.example.com] -> shop-gateway/http
              rule any | redirect 308 https://-
            route web/shop-3 [other.example.org] -> shop-gateway/https-3
              rule PathPrefix:/ -> other:80*1
            route web/shop-3-ssl-redirect [other.example.org] -> shop-gateway/http
              rule any | redirect 308 https://-
            """);
    }

    [Fact]
    public void A_host_outside_every_tls_entry_stays_on_http_without_a_redirect()
    {
        var ingress = Ingress("shop", [Rule(Host, Path("/", "web")), Rule("plain.example.com", Path("/", "plain"))]).WithTls("shop-tls", Host);

        PlanShape.Routes(Plan(ingress)).ShouldBe("""
            route web/shop-1 [shop.example.com] -> shop-gateway/https
              rule PathPrefix:/ -> web:80*1
            route web/shop-1-ssl-redirect [shop.example.com] -> shop-gateway/http
              rule any | redirect 308 https://-
            route web/shop-2 [plain.example.com] -> shop-gateway/http
              rule PathPrefix:/ -> plain:80*1
            """);
    }

    [Fact]
    public void A_wildcard_tls_host_covers_the_hosts_under_it()
    {
        var plan = Plan(Shop().WithTls("wild-tls", "*.example.com"));

        PlanShape.Routes(plan).ShouldStartWith("route web/shop [shop.example.com] -> shop-gateway/https");
        plan.NewGateway!.Listeners[1].Hostname.ShouldBe("*.example.com");
    }

    [Fact]
    public void A_tls_entry_without_a_secret_is_not_translated_and_says_a_listener_needs_one()
    {
        var plan = Plan(Shop().WithTls("", Host));

        plan.NewGateway!.Listeners.Count.ShouldBe(1);
        PlanShape.Routes(plan).ShouldStartWith("route web/shop [shop.example.com] -> shop-gateway/http");
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe("spec.tls[0].secretName");
        item.Why.ShouldContain("needs a certificate Secret");
    }

    [Fact]
    public void A_generated_host_under_tls_for_every_host_serves_both_listeners_and_says_the_redirect_waits_for_the_hostname()
    {
        var plan = Plan(Ingress("shop", [Generated(Path("/", "web"))]).WithTls("any-tls"));

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [Generate] -> shop-gateway/https,shop-gateway/http
              rule PathPrefix:/ -> web:80*1
            """);
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe("spec.tls[0]");
        item.Why.ShouldContain("generated hostname");
    }

    [Fact]
    public void A_named_port_is_resolved_to_its_number()
    {
        var request = new GatewayMigrationRequest
        {
            Ingress = Ingress("shop", [Rule(Host, Path("/", "web", "http"))]),
            GatewayClassName = "eg",
            ResolvePort = (service, port) => service == "web" && port == "http" ? 8080 : null,
        };

        var plan = GatewayMigrator.Plan(request);

        PlanShape.Routes(plan).ShouldEndWith("rule PathPrefix:/ -> web:8080*1");
        plan.NotTranslated.ShouldBeEmpty();
    }

    [Fact]
    public void A_named_port_nobody_can_resolve_is_not_translated_and_asks_for_the_number()
    {
        var plan = Plan(Ingress("shop", [Rule(Host, Path("/", "web"), Path("/admin", "admin", "https")), DefaultBackend("fallback", "web")]));

        PlanShape.Routes(plan).ShouldContain("rule PathPrefix:/admin -> admin:?*1");
        plan.NotTranslated.Select(n => n.Item).ShouldBe(["spec.rules[0].http.paths[1].backend.service.port.name", "spec.defaultBackend.service.port.name"]);
        plan.NotTranslated[0].Why.ShouldStartWith("Gateway API needs the port number");
        plan.NotTranslated[0].Why.ShouldContain("admin");
    }

    [Fact]
    public void Under_another_controller_nginx_annotations_have_no_effect_and_are_not_carried_over()
    {
        var request = new GatewayMigrationRequest
        {
            Ingress = Shop((Nginx("rewrite-target"), "/")),
            GatewayClassName = "traefik",
            IngressController = "traefik.io/ingress-controller",
        };

        var plan = GatewayMigrator.Plan(request);

        PlanShape.Routes(plan).ShouldEndWith("rule PathPrefix:/api -> api:8080*1");
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe(Nginx("rewrite-target"));
        item.Why.ShouldContain("traefik.io/ingress-controller does not read ingress-nginx annotations");
    }
}
