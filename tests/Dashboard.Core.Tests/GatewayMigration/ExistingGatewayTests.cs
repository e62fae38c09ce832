using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;
using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

public class ExistingGatewayTests
{
    private static GatewayListenerDraft Listener(string name, string protocol, int port, string? hostname = null, RouteNamespaces from = RouteNamespaces.All) =>
        new() { Name = name, Protocol = protocol, Port = port, Hostname = hostname, AllowedRoutes = from, CertificateSecretName = protocol == ListenerProtocols.Https ? "wildcard-tls" : null };

    private static GatewayDraft Edge(params GatewayListenerDraft[] listeners) =>
        new() { Namespace = "infra", Name = "edge", ClassName = "eg", Listeners = [.. listeners] };

    private static GatewayMigrationPlan Move(IngressDraft ingress, GatewayDraft gateway) =>
        GatewayMigrator.Plan(new GatewayMigrationRequest { Ingress = ingress, GatewayClassName = "eg", ExistingGateway = gateway });

    [Fact]
    public void Reusing_a_gateway_with_the_listeners_needed_makes_no_gateway_and_attaches_by_listener_name_across_namespaces()
    {
        var plan = Move(Shop().WithTls("shop-tls", Host),
            Edge(Listener("web", ListenerProtocols.Http, 80), Listener("any-https", ListenerProtocols.Https, 443), Listener("wild", ListenerProtocols.Https, 443, "*.example.com")));

        plan.NewGateway.ShouldBeNull();
        PlanShape.Of(plan).ShouldBe("""
            route web/shop [shop.example.com] -> infra/edge/wild
              rule PathPrefix:/api -> api:8080*1
            route web/shop-ssl-redirect [shop.example.com] -> infra/edge/web
              rule any | redirect 308 https://-
            """);
        plan.NotTranslated.ShouldBeEmpty();
        plan.Notices.ShouldHaveSingleItem().ShouldContain("serves its own certificate (Secret wildcard-tls), not the Ingress's shop-tls");
    }

    [Fact]
    public void The_usual_port_wins_between_listeners_that_fit_alike()
    {
        var plan = Move(Shop(), Edge(Listener("alt", ListenerProtocols.Http, 8080), Listener("web", ListenerProtocols.Http, 80)));

        PlanShape.Routes(plan).ShouldStartWith("route web/shop [shop.example.com] -> infra/edge/web");
    }

    [Fact]
    public void Reusing_a_gateway_without_an_https_listener_for_the_host_says_which_listener_to_add_and_serves_http_only()
    {
        var plan = Move(Shop().WithTls("shop-tls", Host), Edge(Listener("web", ListenerProtocols.Http, 80), Listener("other", ListenerProtocols.Https, 443, "other.example.org")));

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> infra/edge/web
              rule PathPrefix:/api -> api:8080*1
            """);
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe("spec.tls[0]");
        item.Why.ShouldBe("The Gateway infra/edge has no HTTPS listener that takes shop.example.com: add one (protocol HTTPS, port 443, hostname shop.example.com, " +
            "certificate from the Secret shop-tls), then attach the route shop to it. Until then the route serves plain HTTP only and nothing redirects to HTTPS.");
    }

    [Fact]
    public void A_listener_that_only_takes_routes_of_its_own_namespace_is_named_with_what_to_change()
    {
        var plan = Move(Shop(), Edge(Listener("web", ListenerProtocols.Http, 80, from: RouteNamespaces.Same)));

        PlanShape.Routes(plan).ShouldStartWith("route web/shop [shop.example.com] -> infra/edge\n");
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe("spec.rules[0]");
        item.Why.ShouldContain("only allows routes from the namespace infra");
        item.Why.ShouldContain("allowedRoutes.namespaces.from to All");
    }

    [Fact]
    public void A_gateway_without_any_http_listener_for_the_host_says_to_add_one()
    {
        var plan = Move(Shop(), Edge(Listener("api", ListenerProtocols.Http, 80, "api.example.com")));

        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Why.ShouldStartWith("The Gateway infra/edge has no HTTP listener that takes shop.example.com: add one (protocol HTTP, port 80");
    }

    [Fact]
    public void A_label_selected_listener_is_used_with_a_notice_to_check_the_namespace_labels()
    {
        var plan = Move(Shop(), Edge(Listener("web", ListenerProtocols.Http, 80, from: RouteNamespaces.Selector)));

        PlanShape.Routes(plan).ShouldStartWith("route web/shop [shop.example.com] -> infra/edge/web");
        plan.Notices.ShouldHaveSingleItem().ShouldContain("check that the namespace web has them");
    }

    [Fact]
    public void A_gateway_in_the_ingress_namespace_is_named_without_a_namespace()
    {
        var gateway = Edge(Listener("web", ListenerProtocols.Http, 80, from: RouteNamespaces.Same));
        gateway.Namespace = "web";

        PlanShape.Routes(Move(Shop(), gateway)).ShouldStartWith("route web/shop [shop.example.com] -> edge/web");
    }

    [Fact]
    public void Cert_manager_annotations_are_left_to_the_user_when_the_gateway_exists()
    {
        var plan = Move(Shop(("cert-manager.io/cluster-issuer", "letsencrypt")).WithTls("shop-tls", Host),
            Edge(Listener("web", ListenerProtocols.Http, 80), Listener("wild", ListenerProtocols.Https, 443, "*.example.com")));

        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe("cert-manager.io/cluster-issuer");
        item.Why.ShouldContain("existing Gateway infra/edge");
    }
}
