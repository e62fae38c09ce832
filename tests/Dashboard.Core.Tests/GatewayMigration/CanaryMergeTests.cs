using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Ingresses;
using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

public class CanaryMergeTests
{
    private static IngressDraft Canary(params (string Key, string Value)[] annotations) =>
        Ingress("shop-canary", [Rule(Host, Path("/api", "api-v2", "8080"), Path("/elsewhere", "api-v2", "8080"))],
            [(Nginx("canary"), "true"), .. annotations]);

    private static GatewayMigrationPlan Move(params IngressDraft[] others) =>
        GatewayMigrator.Plan(new GatewayMigrationRequest { Ingress = Shop(), HostIngresses = [Shop(), .. others], GatewayClassName = "eg" });

    [Fact]
    public void A_weighted_canary_joins_the_main_rule_as_a_weighted_backend()
    {
        var plan = Move(Canary((Nginx("canary-weight"), "20")));

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*80, api-v2:8080*20
            """);
        PlanShape.Accounts(plan).ShouldBe("translated nginx/canary\ntranslated nginx/canary-weight");
        plan.NotTranslated.ShouldAllBe(n => n.Ingress == "shop-canary");
        plan.Translated.ShouldAllBe(t => t.Ingress == "shop-canary");
        plan.Notices.ShouldHaveSingleItem().ShouldContain("/elsewhere has no path of shop to join");
    }

    [Fact]
    public void The_weight_total_sets_what_the_weights_are_out_of()
    {
        PlanShape.Routes(Move(Canary((Nginx("canary-weight"), "5"), (Nginx("canary-weight-total"), "1000"))))
            .ShouldEndWith("rule PathPrefix:/api -> api:8080*995, api-v2:8080*5");
    }

    [Fact]
    public void A_weight_above_the_total_is_capped_at_the_total()
    {
        PlanShape.Routes(Move(Canary((Nginx("canary-weight"), "150")))).ShouldEndWith("rule PathPrefix:/api -> api:8080*0, api-v2:8080*100");
    }

    [Fact]
    public void A_header_canary_with_a_value_gets_an_extra_rule_with_an_exact_header_match_and_no_weight()
    {
        var plan = Move(Canary((Nginx("canary-by-header"), "X-Canary"), (Nginx("canary-by-header-value"), "yes")));

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*1
              rule PathPrefix:/api +Exact:X-Canary=yes -> api-v2:8080*1
            """);
        PlanShape.Accounts(plan).ShouldBe("translated nginx/canary\ntranslated nginx/canary-by-header\ntranslated nginx/canary-by-header-value");
    }

    [Fact]
    public void A_header_canary_without_a_value_answers_always_and_never_and_keeps_its_weight()
    {
        PlanShape.Routes(Move(Canary((Nginx("canary-by-header"), "X-Canary"), (Nginx("canary-weight"), "10")))).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*90, api-v2:8080*10
              rule PathPrefix:/api +Exact:X-Canary=always -> api-v2:8080*1
              rule PathPrefix:/api +Exact:X-Canary=never -> api:8080*1
            """);
    }

    [Fact]
    public void The_canarys_other_settings_are_ignored_as_ingress_nginx_ignores_them()
    {
        var plan = Move(Canary((Nginx("canary-weight"), "10"), (Nginx("rewrite-target"), "/"), (Nginx("canary-by-cookie"), "beta")));

        PlanShape.Routes(plan).ShouldEndWith("rule PathPrefix:/api -> api:8080*90, api-v2:8080*10");
        plan.NotTranslated.Single(n => n.Item == Nginx("rewrite-target")).Why.ShouldContain("ignores this on a canary Ingress");
        plan.NotTranslated.Single(n => n.Item == Nginx("canary-by-cookie")).Why.ShouldContain("cookie");
    }

    [Fact]
    public void Other_ingresses_of_the_host_that_are_no_canary_are_not_merged()
    {
        var other = Ingress("shop-admin", [Rule(Host, Path("/api", "admin"))]);

        PlanShape.Routes(Move(other)).ShouldEndWith("rule PathPrefix:/api -> api:8080*1");
    }

    [Fact]
    public void Moving_a_canary_itself_makes_nothing_and_says_to_move_its_main_ingress()
    {
        var plan = Plan(Canary((Nginx("canary-weight"), "10")));

        plan.NewGateway.ShouldBeNull();
        plan.Routes.ShouldBeEmpty();
        plan.NotTranslated.Select(n => n.Item).ShouldBe([Nginx("canary"), Nginx("canary-weight")]);
        plan.NotTranslated[0].Why.ShouldContain("move that Ingress");
    }
}
