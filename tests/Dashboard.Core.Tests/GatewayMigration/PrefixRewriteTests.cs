using static Dashboard.Core.Tests.GatewayMigration.MigrationInputs;

namespace Dashboard.Core.Tests.GatewayMigration;

public class PrefixRewriteTests
{
    [Theory]
    [InlineData("/$2", "/")]
    [InlineData("/v2/$2", "/v2")]
    public void A_prefix_then_rest_path_with_the_second_group_as_target_becomes_a_prefix_rewrite(string target, string replacement)
    {
        var ingress = Ingress("shop", [Rule(Host, Path("/api(/|$)(.*)", "api", "8080", "ImplementationSpecific"))], (Nginx("rewrite-target"), target));

        var plan = Plan(ingress);

        PlanShape.Routes(plan).ShouldBe($"""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*1 | rewrite ReplacePrefixMatch {replacement}
            """);
        PlanShape.Accounts(plan).ShouldBe("translated nginx/rewrite-target");
        plan.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void The_prefix_rewrite_reaches_the_canary_header_rule_too()
    {
        var canary = Ingress("shop-canary", [Rule(Host, Path("/api(/|$)(.*)", "api-v2", "8080", "ImplementationSpecific"))],
            (Nginx("canary"), "true"), (Nginx("canary-by-header"), "X-Canary"), (Nginx("canary-by-header-value"), "1"));
        var main = Ingress("shop", [Rule(Host, Path("/api(/|$)(.*)", "api", "8080", "ImplementationSpecific"))], (Nginx("rewrite-target"), "/$2"));

        var plan = Dashboard.Core.GatewayMigration.GatewayMigrator.Plan(new() { Ingress = main, HostIngresses = [canary], GatewayClassName = "eg" });

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*1 | rewrite ReplacePrefixMatch /
              rule PathPrefix:/api +Exact:X-Canary=1 -> api-v2:8080*1 | rewrite ReplacePrefixMatch /
            """);
    }

    [Fact]
    public void A_path_of_another_form_keeps_its_regular_expression_and_the_annotation_is_not_translated_naming_that_path()
    {
        var ingress = Ingress("shop", [Rule(Host, Path("/api(/|$)(.*)", "api", "8080", "ImplementationSpecific"), Path("/files/(.+\\.png)", "files", "80", "ImplementationSpecific"))],
            (Nginx("rewrite-target"), "/$2"));

        var plan = Plan(ingress);

        PlanShape.Routes(plan).ShouldBe("""
            route web/shop [shop.example.com] -> shop-gateway/http
              rule PathPrefix:/api -> api:8080*1 | rewrite ReplacePrefixMatch /
              rule RegularExpression:(?i)/files/(.+\.png).* -> files:80*1
            """);
        var item = plan.NotTranslated.ShouldHaveSingleItem();
        item.Item.ShouldBe(Nginx("rewrite-target"));
        item.Why.ShouldEndWith("Paths not written <prefix>(/|$)(.*): spec.rules[0].http.paths[1].");
    }

    [Fact]
    public void A_dot_in_the_prefix_is_a_regular_expression_character_so_the_path_is_not_rewritten_by_prefix()
    {
        var plan = Plan(Ingress("shop", [Rule(Host, Path("/v1.0(/|$)(.*)", "api", "8080", "ImplementationSpecific"))], (Nginx("rewrite-target"), "/$2")));

        PlanShape.Accounts(plan).ShouldBe("not nginx/rewrite-target");
    }

    [Fact]
    public void A_first_group_target_is_not_the_prefix_form()
    {
        var plan = Plan(Ingress("shop", [Rule(Host, Path("/api(/|$)(.*)", "api", "8080", "ImplementationSpecific"))], (Nginx("rewrite-target"), "/$1")));

        PlanShape.Routes(plan).ShouldEndWith("rule RegularExpression:(?i)/api(/|$)(.*).* -> api:8080*1");
        PlanShape.Accounts(plan).ShouldBe("not nginx/rewrite-target");
    }
}
