using Dashboard.Core.GatewayStatus;

namespace Dashboard.Core.Tests.GatewayStatus;

public sealed class ConditionExplanationsTests
{
    private static ObservedCondition False(string type, string reason, string? message = null) => new(type, "False", reason, message);

    [Fact]
    public void ARouteRefusedByASameNamespaceListenerIsToldTheListenerOnlyAllowsItsOwnNamespace()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { GatewayNamespace = "infra", GatewayName = "web", AllowedRoutesFrom = ["Same"] };

        var sentence = ConditionExplanations.Explain(ConditionSubject.Route, False("Accepted", "NotAllowedByListeners"), context);

        sentence.ShouldStartWith("This route is not attached: the listener only allows routes from its own namespace (infra)");
    }

    [Fact]
    public void ARouteRefusedByASelectorListenerIsToldItsNamespaceLacksTheLabels()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { AllowedRoutesFrom = ["Selector"] };

        var sentence = ConditionExplanations.Explain(ConditionSubject.Route, False("Accepted", "NotAllowedByListeners"), context);

        sentence.ShouldContain("namespaces with certain labels");
        sentence.ShouldContain("namespace shop");
    }

    [Fact]
    public void ARefusedCrossNamespaceBackendNamesTheReferenceGrantItNeeds()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { BackendNamespaces = ["payments"] };

        var sentence = ConditionExplanations.Explain(ConditionSubject.Route, False("ResolvedRefs", "RefNotPermitted"), context);

        sentence.ShouldContain("a ReferenceGrant in namespace payments allowing HTTPRoutes from shop");
    }

    [Fact]
    public void AMissingBackendNamesTheService()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { MissingServices = ["shop/cart"] };

        var sentence = ConditionExplanations.Explain(ConditionSubject.Route, False("ResolvedRefs", "BackendNotFound"), context);

        sentence.ShouldContain("Service shop/cart does not exist");
    }

    [Fact]
    public void AHostnameMismatchNamesBothSides()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { ListenerHostnames = ["*.example.com"], RouteHostnames = ["shop.example.org"] };

        var sentence = ConditionExplanations.Explain(ConditionSubject.Route, False("Accepted", "NoMatchingListenerHostname"), context);

        sentence.ShouldContain("shop.example.org");
        sentence.ShouldContain("*.example.com");
    }

    [Fact]
    public void AMissingListenerIsNamed()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { ListenerName = "https" };

        ConditionExplanations.Explain(ConditionSubject.Route, False("Accepted", "NoMatchingParent"), context)
            .ShouldBe("This route is not attached: the Gateway has no listener named https.");
    }

    [Fact]
    public void TheSameTypeMeansDifferentThingsOnAGatewayAndAListener()
    {
        var gateway = ConditionExplanations.Explain(ConditionSubject.Gateway, False("Programmed", "AddressNotAssigned"));
        var listener = ConditionExplanations.Explain(ConditionSubject.Listener, False("ResolvedRefs", "InvalidCertificateRef"));
        var gatewayRefs = ConditionExplanations.Explain(ConditionSubject.Gateway, False("ResolvedRefs", "RefNotPermitted"));

        gateway.ShouldContain("No address could be given");
        listener.ShouldContain("TLS certificate Secret is missing");
        gatewayRefs.ShouldContain("ReferenceGrant allowing Gateways");
    }

    [Fact]
    public void AnAcceptedRouteNamesItsGateway()
    {
        var context = new RouteConditionContext("HTTPRoute", "shop") { GatewayName = "web" };

        ConditionExplanations.Explain(ConditionSubject.Route, new ObservedCondition("Accepted", "True", "Accepted", null), context)
            .ShouldContain("attached to Gateway web");
    }

    [Fact]
    public void AClassNoControllerAnsweredSaysToCheckTheController()
    {
        var sentence = ConditionExplanations.Explain(ConditionSubject.GatewayClass, new ObservedCondition("Accepted", "Unknown", "Pending", "Waiting for controller"));

        sentence.ShouldContain("No controller has accepted this class yet");
    }

    [Fact]
    public void AnUnknownReasonShowsTheControllersOwnMessage()
    {
        var sentence = ConditionExplanations.Explain(ConditionSubject.Gateway, False("Programmed", "QuotaExceeded", "Forwarding rule quota exceeded in us-east1"));

        sentence.ShouldBe("Programmed is False (QuotaExceeded): Forwarding rule quota exceeded in us-east1");
    }

    [Fact]
    public void AnUnknownConditionWithoutAMessageStillSaysWhatItIs()
    {
        ConditionExplanations.Explain(ConditionSubject.Listener, new ObservedCondition("Degraded", "True", null, null))
            .ShouldBe("Degraded is True.");
    }

    [Theory]
    [InlineData(ConditionSubject.GatewayClass, "Accepted", "False", "InvalidParameters")]
    [InlineData(ConditionSubject.GatewayClass, "Accepted", "False", "UnsupportedVersion")]
    [InlineData(ConditionSubject.GatewayClass, "SupportedVersion", "False", "UnsupportedVersion")]
    [InlineData(ConditionSubject.Gateway, "Accepted", "False", "Invalid")]
    [InlineData(ConditionSubject.Gateway, "Accepted", "False", "NotReconciled")]
    [InlineData(ConditionSubject.Gateway, "Accepted", "False", "UnsupportedAddress")]
    [InlineData(ConditionSubject.Gateway, "Accepted", "True", "ListenersNotValid")]
    [InlineData(ConditionSubject.Gateway, "Accepted", "False", "ListenersNotValid")]
    [InlineData(ConditionSubject.Gateway, "Programmed", "False", "NoResources")]
    [InlineData(ConditionSubject.Gateway, "Programmed", "Unknown", "Pending")]
    [InlineData(ConditionSubject.Gateway, "ResolvedRefs", "False", "ListenersNotResolved")]
    [InlineData(ConditionSubject.Gateway, "InsecureFrontendValidationMode", "True", "ConfigurationChanged")]
    [InlineData(ConditionSubject.Listener, "Accepted", "False", "PortUnavailable")]
    [InlineData(ConditionSubject.Listener, "Accepted", "False", "UnsupportedProtocol")]
    [InlineData(ConditionSubject.Listener, "ResolvedRefs", "False", "InvalidRouteKinds")]
    [InlineData(ConditionSubject.Listener, "ResolvedRefs", "False", "RefNotPermitted")]
    [InlineData(ConditionSubject.Listener, "Conflicted", "True", "HostnameConflict")]
    [InlineData(ConditionSubject.Listener, "Conflicted", "True", "ProtocolConflict")]
    [InlineData(ConditionSubject.Listener, "OverlappingTLSConfig", "True", "OverlappingHostnames")]
    [InlineData(ConditionSubject.Route, "Accepted", "False", "UnsupportedValue")]
    [InlineData(ConditionSubject.Route, "Accepted", "Unknown", "Pending")]
    [InlineData(ConditionSubject.Route, "ResolvedRefs", "False", "InvalidKind")]
    [InlineData(ConditionSubject.Route, "ResolvedRefs", "False", "UnsupportedProtocol")]
    [InlineData(ConditionSubject.Route, "PartiallyInvalid", "True", "UnsupportedValue")]
    public void EveryStandardReasonHasASentenceOfItsOwn(ConditionSubject subject, string type, string status, string reason)
    {
        var sentence = ConditionExplanations.Explain(subject, new ObservedCondition(type, status, reason, null));

        sentence.ShouldNotStartWith($"{type} is {status}");
        sentence.ShouldEndWith(".");
    }
}
