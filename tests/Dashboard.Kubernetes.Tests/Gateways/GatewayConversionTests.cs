using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Gateways.Models;
using k8s;

namespace Dashboard.Kubernetes.Tests.Gateways;

/// <summary>Gateways and GatewayClasses as the API server sends them, read into the records the lists and pages show.</summary>
public sealed class GatewayConversionTests
{
    private const string Gateway = """
        {
          "apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
          "metadata": { "name": "web", "namespace": "infra", "resourceVersion": "7", "labels": { "team": "edge" } },
          "spec": {
            "gatewayClassName": "gke-l7-global-external-managed",
            "listeners": [
              { "name": "http", "protocol": "HTTP", "port": 80, "allowedRoutes": { "namespaces": { "from": "All" } } },
              { "name": "https", "protocol": "HTTPS", "port": 443, "hostname": "*.example.com",
                "tls": { "certificateRefs": [ { "name": "wildcard" }, { "name": "other", "namespace": "certs" } ] },
                "allowedRoutes": { "namespaces": { "from": "Selector", "selector": { "matchLabels": { "gateway": "yes" } } },
                                   "kinds": [ { "kind": "HTTPRoute" } ] } }
            ]
          },
          "status": {
            "addresses": [ { "type": "IPAddress", "value": "198.51.100.20" } ],
            "conditions": [
              { "type": "Accepted", "status": "True", "reason": "Accepted", "message": "", "lastTransitionTime": "2026-12-01T10:00:00Z" },
              { "type": "Programmed", "status": "False", "reason": "AddressNotAssigned", "message": "", "lastTransitionTime": "2026-12-01T10:00:00Z" }
            ],
            "listeners": [
              { "name": "http", "attachedRoutes": 2, "supportedKinds": [ { "kind": "HTTPRoute" } ],
                "conditions": [ { "type": "Accepted", "status": "True", "reason": "Accepted", "lastTransitionTime": "2026-12-01T10:00:00Z" } ] },
              { "name": "https", "attachedRoutes": 1, "supportedKinds": [],
                "conditions": [ { "type": "ResolvedRefs", "status": "False", "reason": "InvalidCertificateRef", "lastTransitionTime": "2026-12-01T10:00:00Z" } ] }
            ]
          }
        }
        """;

    [Fact]
    public void AGatewayRowCarriesItsClassAddressesListenerCountConditionsAndAttachedRoutes()
    {
        var entry = GatewayConversion.ToEntry(KubernetesJson.Deserialize<V1Gateway>(Gateway));

        var row = entry.Info;
        (row.Namespace, row.Name, row.ClassName).ShouldBe(("infra", "web", "gke-l7-global-external-managed"));
        row.Addresses.ShouldHaveSingleItem().ShouldBe(new Core.Support.GatewayAddress("IPAddress", "198.51.100.20"));
        row.ListenerCount.ShouldBe(2);
        row.Accepted.ShouldBe(true);
        row.Programmed.ShouldBe(false);
        row.AttachedRoutes.ShouldBe(3);
        entry.Facts.ShouldBe(new Core.Support.GatewayFacts("infra", "web", "gke-l7-global-external-managed", row.Addresses));
        entry.Labels["team"].ShouldBe("edge");
        entry.SearchText.ShouldContain("198.51.100.20");
    }

    [Fact]
    public void EachListenerCarriesItsRulesForRoutesItsCertificatesAndItsExplainedConditions()
    {
        var entry = GatewayConversion.ToEntry(KubernetesJson.Deserialize<V1Gateway>(Gateway));

        var http = entry.Listeners[0];
        (http.Name, http.Protocol, http.Port, http.Hostname, http.AllowedRoutesFrom, http.AttachedRoutes).ShouldBe(("http", "HTTP", 80, null, "All", 2));
        http.TlsMode.ShouldBeNull();
        var https = entry.Listeners[1];
        https.Hostname.ShouldBe("*.example.com");
        https.AllowedRoutesFrom.ShouldBe("Selector");
        https.AllowedNamespaceLabels["gateway"].ShouldBe("yes");
        https.AllowedKinds.ShouldBe(["HTTPRoute"]);
        https.TlsMode.ShouldBe("Terminate");
        https.CertificateSecrets.ShouldBe(["wildcard", "certs/other"]);
        var refs = https.Conditions.ShouldHaveSingleItem();
        refs.Reason.ShouldBe("InvalidCertificateRef");
        refs.Explanation.ShouldContain("TLS certificate Secret is missing");
        entry.Conditions.Single(c => c.Type == "Programmed").Explanation.ShouldContain("No address could be given");
    }

    [Fact]
    public void AListenerWithoutAllowedRoutesTakesRoutesFromItsOwnNamespace()
    {
        var gateway = new V1Gateway
        {
            Metadata = new() { Name = "plain", NamespaceProperty = "default" },
            Spec = new V1GatewaySpec { GatewayClassName = "eg", Listeners = [new V1Listener { Name = "http", Protocol = "HTTP", Port = 80 }] },
        };

        var entry = GatewayConversion.ToEntry(gateway);

        entry.Listeners.ShouldHaveSingleItem().AllowedRoutesFrom.ShouldBe("Same");
        entry.Listeners[0].AttachedRoutes.ShouldBeNull();
        entry.Info.Programmed.ShouldBeNull();
        entry.Info.Addresses.ShouldBeEmpty();
    }

    [Fact]
    public void AGatewayClassCarriesItsControllerAndWhetherItWasAccepted()
    {
        var json = """
            { "apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
              "metadata": { "name": "alb" },
              "spec": { "controllerName": "gateway.k8s.aws/alb", "description": "Application Load Balancer" },
              "status": { "conditions": [ { "type": "Accepted", "status": "True", "reason": "Accepted", "lastTransitionTime": "2026-12-01T10:00:00Z" } ] } }
            """;

        var info = GatewayConversion.ToInfo(KubernetesJson.Deserialize<V1GatewayClass>(json));

        (info.Name, info.Controller, info.Description, info.Accepted).ShouldBe(("alb", "gateway.k8s.aws/alb", "Application Load Balancer", true));
        info.Conditions.ShouldHaveSingleItem().Explanation.ShouldContain("accepted this class");
    }
}
