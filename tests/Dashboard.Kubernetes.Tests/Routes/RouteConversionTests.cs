using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Routes.Models;
using k8s;

namespace Dashboard.Kubernetes.Tests.Routes;

/// <summary>Routes as the API server sends them, read into the records the lists and pages show.</summary>
public sealed class RouteConversionTests
{
    private const string Route = """
        {
          "apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
          "metadata": { "name": "shop", "namespace": "web", "annotations": { "dashboard.io/generated-hosts": "shop.web.198.51.100.20.sslip.io" } },
          "spec": {
            "parentRefs": [ { "name": "edge", "namespace": "infra", "sectionName": "https" } ],
            "hostnames": [ "shop.web.198.51.100.20.sslip.io" ],
            "rules": [
              { "matches": [ { "path": { "type": "PathPrefix", "value": "/api" }, "headers": [ { "name": "X-Canary", "value": "yes" } ], "method": "GET" } ],
                "backendRefs": [ { "name": "api", "port": 8080, "weight": 90 }, { "name": "api-canary", "port": 8080, "weight": 10 } ],
                "timeouts": { "request": "10s" } },
              { "filters": [ { "type": "RequestRedirect", "requestRedirect": { "scheme": "https", "statusCode": 301 } } ] },
              { "backendRefs": [ { "name": "payments", "namespace": "pay", "port": 80 } ],
                "filters": [ { "type": "URLRewrite", "urlRewrite": { "path": { "type": "ReplacePrefixMatch", "replacePrefixMatch": "/" } } } ] }
            ]
          },
          "status": { "parents": [
            { "parentRef": { "name": "edge", "namespace": "infra", "sectionName": "https" }, "controllerName": "networking.gke.io/gateway",
              "conditions": [ { "type": "Accepted", "status": "True", "reason": "Accepted", "lastTransitionTime": "2026-12-01T10:00:00Z" } ] },
            { "parentRef": { "name": "edge", "namespace": "infra", "sectionName": "https" }, "controllerName": "istio.io/gateway-controller",
              "conditions": [ { "type": "Accepted", "status": "False", "reason": "NoMatchingParent", "lastTransitionTime": "2026-12-01T10:00:00Z" } ] }
          ] }
        }
        """;

    [Fact]
    public void AnHttpRouteRowCarriesItsHostnamesParentsBackendsAndGeneratedHostnames()
    {
        var entry = RouteConversion.ToEntry(KubernetesJson.Deserialize<V1HttpRoute>(Route));

        var row = entry.Info;
        (row.Kind, row.Namespace, row.Name, row.RuleCount).ShouldBe(("HTTPRoute", "web", "shop", 3));
        row.Hostnames.ShouldBe(["shop.web.198.51.100.20.sslip.io"]);
        row.GeneratedHostnames.ShouldBe(["shop.web.198.51.100.20.sslip.io"]);
        var parent = row.Parents.ShouldHaveSingleItem();
        (parent.GatewayNamespace, parent.GatewayName, parent.SectionName).ShouldBe(("infra", "edge", "https"));
        row.Backends.Select(b => (b.Namespace, b.Name, b.Port, b.Weight)).ShouldBe(
            [("web", "api", (int?)8080, 90), ("web", "api-canary", 8080, 10), ("pay", "payments", 80, 1)]);
        entry.SearchText.ShouldContain("edge");
    }

    [Fact]
    public void EveryControllersStatusEntryIsKeptForTheReadsToChooseFrom()
    {
        var entry = RouteConversion.ToEntry(KubernetesJson.Deserialize<V1HttpRoute>(Route));

        entry.Statuses.Select(s => (s.Controller, s.Conditions.Single().Reason))
            .ShouldBe([("networking.gke.io/gateway", "Accepted"), ("istio.io/gateway-controller", "NoMatchingParent")]);
        entry.Info.Parents[0].Accepted.ShouldBeNull(); // chosen at read time, by the parent Gateway's class
    }

    [Fact]
    public void RulesReadAsWords()
    {
        var entry = RouteConversion.ToEntry(KubernetesJson.Deserialize<V1HttpRoute>(Route));

        entry.Rules[0].Matches.ShouldBe(["PathPrefix /api, header X-Canary = yes, GET"]);
        entry.Rules[0].RequestTimeout.ShouldBe("10s");
        entry.Rules[1].Filters.ShouldBe(["Redirect to https (301)"]);
        entry.Rules[1].Backends.ShouldBeEmpty();
        entry.Rules[2].Filters.ShouldBe(["Rewrite prefix /"]);
    }

    [Fact]
    public void AStreamRouteTakesTheKindItWasListedAs()
    {
        var json = """
            { "apiVersion": "gateway.networking.k8s.io/v1alpha2", "kind": "TCPRoute",
              "metadata": { "name": "db", "namespace": "data" },
              "spec": { "parentRefs": [ { "name": "l4" } ], "rules": [ { "backendRefs": [ { "name": "postgres", "port": 5432 } ] } ] } }
            """;

        var entry = RouteConversion.ToEntry(KubernetesJson.Deserialize<V1StreamRoute>(json), "TCPRoute");

        (entry.Info.Kind, entry.Info.RuleCount).ShouldBe(("TCPRoute", 1));
        entry.Info.Parents.ShouldHaveSingleItem().GatewayNamespace.ShouldBe("data");
        entry.Info.Backends.ShouldHaveSingleItem().ShouldBe(new RouteBackendInfo("Service", "data", "postgres", 5432, 1));
        entry.Info.Hostnames.ShouldBeEmpty();
    }
}
