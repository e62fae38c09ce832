using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;
using Dashboard.Core.Routes;
using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

/// <summary>What the migration makes passes the same checks as what the wizards make, so applying it never fails on our side.</summary>
public class PlanValidityTests
{
    public static TheoryData<string> Ingresses { get; } = new("plain", "tls", "many hosts", "default backend", "generated", "redirects and filters", "canary", "prefix rewrite");

    private static GatewayMigrationRequest RequestFor(string name)
    {
        IngressDraft ingress = name switch
        {
            "plain" => Shop(),
            "tls" => Shop((Nginx("ssl-redirect"), "true"), ("cert-manager.io/cluster-issuer", "letsencrypt"), ("cert-manager.io/duration", "2160h")).WithTls("shop-tls", Host),
            "many hosts" => Ingress("shop", [Rule(Host, Path("/", "web")), Rule("*.example.org", Path("/", "wild")), Rule("api.example.com", Path("/v1", "api", "8080", "Exact"))])
                .WithTls("shop-tls", Host, "api.example.com").WithTls("wild-tls", "*.example.org"),
            "default backend" => Ingress("shop", [Rule(Host, Path("/", "web")), DefaultBackend("fallback")]).WithTls("any-tls"),
            "generated" => Ingress("shop", [Generated(Path("/", "web"), Path("/legacy", "old", type: "ImplementationSpecific"))]),
            "redirects and filters" => Shop((Nginx("app-root"), "/app"), (Nginx("rewrite-target"), "/"), (Nginx("x-forwarded-prefix"), "/api"),
                (Nginx("upstream-vhost"), "internal.example.com"), (Nginx("proxy-read-timeout"), "60")),
            "canary" => Shop(),
            "prefix rewrite" => Ingress("shop", [Rule(Host, Path("/api(/|$)(.*)", "api", "8080", "ImplementationSpecific"))], (Nginx("rewrite-target"), "/v2/$2")),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var canaries = name == "canary"
            ? new[] { Ingress("shop-canary", [Rule(Host, Path("/api", "api-v2", "8080"))], (Nginx("canary"), "true"), (Nginx("canary-weight"), "10"), (Nginx("canary-by-header"), "X-Canary")) }
            : [];
        return new GatewayMigrationRequest { Ingress = ingress, HostIngresses = canaries, GatewayClassName = "eg" };
    }

    [Theory]
    [MemberData(nameof(Ingresses))]
    public void The_new_gateway_and_every_route_pass_the_wizards_validators(string name)
    {
        var plan = GatewayMigrator.Plan(RequestFor(name));

        var gateway = new GatewayDraftValidator().Validate(plan.NewGateway!);
        gateway.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ShouldBeEmpty(name);
        plan.Routes.ShouldNotBeEmpty();
        foreach (var route in plan.Routes)
        {
            var result = new HttpRouteDraftValidator().Validate(route);
            result.Errors.Select(e => $"{route.Name} {e.PropertyName}: {e.ErrorMessage}").ShouldBeEmpty(name);
        }
    }

    [Fact]
    public void Routes_on_an_existing_gateway_in_another_namespace_pass_the_validator()
    {
        var edge = new GatewayDraft
        {
            Namespace = "infra",
            Name = "edge",
            ClassName = "eg",
            Listeners = [new() { Name = "web", Port = 80, AllowedRoutes = RouteNamespaces.All }, new() { Name = "wild", Protocol = ListenerProtocols.Https, Port = 443, Hostname = "*.example.com", CertificateSecretName = "wild-tls", AllowedRoutes = RouteNamespaces.All }],
        };

        var plan = GatewayMigrator.Plan(new GatewayMigrationRequest { Ingress = Shop().WithTls("shop-tls", Host), GatewayClassName = "eg", ExistingGateway = edge });

        plan.Routes.Count.ShouldBe(2);
        plan.Routes.SelectMany(r => new HttpRouteDraftValidator().Validate(r).Errors.Select(e => $"{r.Name} {e.PropertyName}: {e.ErrorMessage}")).ShouldBeEmpty();
    }

    [Fact]
    public void A_host_with_more_rules_than_a_route_may_have_is_split_over_routes_with_the_same_hostnames_and_parents()
    {
        var paths = Enumerable.Range(1, HttpRouteDraftValidator.MaxRules + 2).Select(i => Path($"/p{i}", "web")).ToArray();

        var plan = GatewayMigrator.Plan(Request(Ingress("shop", [Rule(Host, paths)]).WithTls("shop-tls", Host)));

        plan.Routes.Select(r => $"{r.Name} {r.Rules.Count} {string.Join(',', r.Hostnames)} {string.Join(',', r.Parents.Select(p => p.ListenerName))}")
            .ShouldBe(["shop 16 shop.example.com https", "shop-part-2 2 shop.example.com https", "shop-ssl-redirect 1 shop.example.com http"]);
        plan.Routes.SelectMany(r => new HttpRouteDraftValidator().Validate(r).Errors).ShouldBeEmpty();
        plan.NotTranslated.ShouldBeEmpty();
    }

    [Fact]
    public void A_generated_host_with_too_many_rules_is_not_split_and_says_what_to_do()
    {
        var paths = Enumerable.Range(1, HttpRouteDraftValidator.MaxRules + 1).Select(i => Path($"/p{i}", "web")).ToArray();

        var plan = GatewayMigrator.Plan(Request(Ingress("shop", [Generated(paths)])));

        plan.Routes.ShouldHaveSingleItem().Rules.Count.ShouldBe(17);
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe("spec.rules[0]");
        item.Why.ShouldContain("more than the 16 a route may have");
    }
}
