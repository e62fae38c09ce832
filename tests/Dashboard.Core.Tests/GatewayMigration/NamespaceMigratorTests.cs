using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;
using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

public class NamespaceMigratorTests
{
    private static IngressDraft Blog() => Ingress("blog", [Rule("blog.example.com", Path("/", "blog"))]);

    private static IngressDraft ShopCanary() =>
        Ingress("shop-canary", [Rule(Host, Path("/api", "api-v2", "8080"))], (Nginx("canary"), "true"), (Nginx("canary-weight"), "20"));

    private static NamespaceMigrationPlan Move(params IngressDraft[] ingresses) => NamespaceMigrator.Plan(new NamespaceMigrationRequest
    {
        Namespace = "web",
        Ingresses = ingresses,
        NamespaceIngresses = ingresses,
        GatewayClassName = "eg",
    });

    private static string Shape(NamespaceMigrationPlan plan) =>
        PlanShape.Of(new GatewayMigrationPlan(plan.NewGateway, plan.Routes, [], [], []));

    [Fact]
    public void Two_ingresses_share_one_new_gateway_whose_listeners_cover_the_tls_hosts_of_both()
    {
        var plan = Move(Shop().WithTls("shop-tls", Host), Blog().WithTls("blog-tls", "blog.example.com"));

        Shape(plan).ShouldBe("""
            gateway web/web-gateway class eg
              listener http HTTP 80 * from Same
              listener https-1 HTTPS 443 shop.example.com cert ExistingSecret:shop-tls from Same
              listener https-2 HTTPS 443 blog.example.com cert ExistingSecret:blog-tls from Same
            route web/shop [shop.example.com] -> web-gateway/https-1
              rule PathPrefix:/api -> api:8080*1
            route web/shop-ssl-redirect [shop.example.com] -> web-gateway/http
              rule any | redirect 308 https://-
            route web/blog [blog.example.com] -> web-gateway/https-2
              rule PathPrefix:/ -> blog:80*1
            route web/blog-ssl-redirect [blog.example.com] -> web-gateway/http
              rule any | redirect 308 https://-
            """);
        plan.Ingresses.Select(i => i.Ingress).ShouldBe(["shop", "blog"]);
        plan.Ingresses.ShouldAllBe(i => i.NotTranslated.Count == 0);
        plan.LeftOut.ShouldBeEmpty();
    }

    [Fact]
    public void A_canary_joins_its_main_ingress_and_is_listed_as_left_out_rather_than_moved_twice()
    {
        var plan = Move(Shop(), ShopCanary(), Blog());

        PlanShape.Routes(new GatewayMigrationPlan(null, plan.Ingresses.Single(i => i.Ingress == "shop").Routes, [], [], []))
            .ShouldEndWith("rule PathPrefix:/api -> api:8080*80, api-v2:8080*20");
        plan.Ingresses.Select(i => i.Ingress).ShouldBe(["shop", "blog"]);
        plan.LeftOut.ShouldHaveSingleItem().ShouldBe(new LeftOutIngress("shop-canary",
            "It is a canary of shop: its backends join shop's routes as weighted backends or header rules."));
        plan.Ingresses.Single(i => i.Ingress == "shop").Translated.ShouldContain(t => t.Ingress == "shop-canary" && t.Item == Nginx("canary-weight"));
    }

    [Fact]
    public void A_canary_whose_main_ingress_is_not_moved_says_to_move_that_one()
    {
        var plan = NamespaceMigrator.Plan(new NamespaceMigrationRequest
        {
            Namespace = "web",
            Ingresses = [ShopCanary(), Blog()],
            NamespaceIngresses = [Shop(), ShopCanary(), Blog()],
            GatewayClassName = "eg",
        });

        plan.LeftOut.ShouldHaveSingleItem().Why.ShouldBe("It is a canary of shop, which is not moved now: move shop, and this one's backends join its routes.");
        plan.Routes.Select(r => r.Name).ShouldBe(["blog"]);
    }

    [Fact]
    public void A_route_name_another_ingress_already_gives_gets_a_number_and_a_notice()
    {
        // "shop" with two hosts makes shop-1 and shop-2; an Ingress called shop-1 makes shop-1 too.
        var twoHosts = Ingress("shop", [Rule(Host, Path("/", "web")), Rule("www.example.com", Path("/", "web"))]);
        var named = Ingress("shop-1", [Rule("api.example.com", Path("/", "api"))]);

        var plan = Move(twoHosts, named);

        plan.Routes.Select(r => r.Name).ShouldBe(["shop-1", "shop-2", "shop-1-2"]);
        plan.Ingresses[1].Notices.ShouldContain("The route shop-1 of shop-1 is called shop-1-2: another Ingress of the namespace gives a route that name.");
    }

    [Fact]
    public void A_host_two_ingresses_secure_with_different_secrets_keeps_the_first_certificate_and_says_so()
    {
        var other = Ingress("shop-admin", [Rule(Host, Path("/admin", "admin"))]).WithTls("other-tls", Host);

        var plan = Move(Shop().WithTls("shop-tls", Host), other);

        plan.NewGateway!.Listeners.Where(l => l.Protocol == ListenerProtocols.Https).ShouldHaveSingleItem().CertificateSecretName.ShouldBe("shop-tls");
        plan.Notices.ShouldHaveSingleItem().ShouldBe(
            "shop-admin spec.tls[0]: shop.example.com is already covered by the TLS entry of shop (Secret shop-tls), so the shared Gateway serves that certificate for it, not the Secret other-tls.");
        plan.Ingresses[1].Routes[0].Parents.ShouldHaveSingleItem().ListenerName.ShouldBe("https");
    }

    [Fact]
    public void The_first_cert_manager_issuer_goes_on_the_shared_gateway_and_a_different_second_one_is_not_carried_over()
    {
        var shop = Shop(("cert-manager.io/cluster-issuer", "letsencrypt")).WithTls("shop-tls", Host);
        var blog = Ingress("blog", [Rule("blog.example.com", Path("/", "blog"))], ("cert-manager.io/cluster-issuer", "internal-ca")).WithTls("blog-tls", "blog.example.com");
        var plain = Ingress("docs", [Rule("docs.example.com", Path("/", "docs"))]).WithTls("docs-tls", "docs.example.com");

        var plan = Move(shop, blog, plain);

        plan.NewGateway!.CertManagerIssuer.ShouldBe("letsencrypt");
        plan.NewGateway.Listeners.Where(l => l.Protocol == ListenerProtocols.Https)
            .Select(l => $"{l.CertificateSecretName}:{l.CertificateSource}")
            .ShouldBe(["shop-tls:CertManager", "blog-tls:ExistingSecret", "docs-tls:ExistingSecret"]);
        plan.Ingresses[1].NotTranslated.ShouldHaveSingleItem().Why.ShouldStartWith(
            "The shared Gateway web/web-gateway already takes its certificates from the cluster issuer letsencrypt of another Ingress");
    }

    [Fact]
    public void With_an_existing_gateway_no_gateway_is_made_and_every_route_attaches_to_it()
    {
        var edge = new GatewayDraft
        {
            Namespace = "infra", Name = "edge", ClassName = "eg",
            Listeners = [new GatewayListenerDraft { Name = "web", Protocol = ListenerProtocols.Http, Port = 80, AllowedRoutes = RouteNamespaces.All }],
        };

        var plan = NamespaceMigrator.Plan(new NamespaceMigrationRequest
        {
            Namespace = "web", Ingresses = [Shop(), Blog()], NamespaceIngresses = [Shop(), Blog()], GatewayClassName = "ignored", ExistingGateway = edge,
        });

        plan.NewGateway.ShouldBeNull();
        plan.Routes.SelectMany(r => r.Parents).Select(p => $"{p.GatewayNamespace}/{p.GatewayName}/{p.ListenerName}").Distinct().ShouldBe(["infra/edge/web"]);
    }

    [Fact]
    public void Unreadable_ingresses_are_listed_as_left_out_with_their_reason_and_the_gateway_name_can_be_chosen()
    {
        var plan = NamespaceMigrator.Plan(new NamespaceMigrationRequest
        {
            Namespace = "web", Ingresses = [Blog()], NamespaceIngresses = [Blog()], GatewayClassName = "eg", NewGatewayName = " public ",
            Unreadable = [new LeftOutIngress("legacy", "it uses a resource backend")],
        });

        plan.NewGateway!.Name.ShouldBe("public");
        plan.LeftOut.ShouldBe([new LeftOutIngress("legacy", "it uses a resource backend")]);
    }
}
