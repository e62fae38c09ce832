namespace Dashboard.Core.GatewayStatus;

/// <summary>Gateway: Accepted, Programmed, ResolvedRefs, InsecureFrontendValidationMode.</summary>
internal static class GatewaySentences
{
    public static string? Of(ObservedCondition c) => (c.Type, c.Status, c.Reason) switch
    {
        ("Accepted", "True", "ListenersNotValid") =>
            "The controller accepted this Gateway, but some of its listeners are not valid: see the listeners.",
        ("Accepted", "True", _) => "The controller accepted this Gateway.",
        ("Accepted", "False", "Invalid") => "The controller refused this Gateway as invalid" + Detail(c),
        ("Accepted", "False", "InvalidParameters") =>
            "The controller refused this Gateway: the parameters it refers to (spec.infrastructure.parametersRef) are missing or invalid.",
        ("Accepted", "False", "NotReconciled") => "The controller has not processed this Gateway: check that it runs and knows this Gateway's class.",
        ("Accepted", "False", "UnsupportedAddress") =>
            "The controller cannot give this Gateway the address asked for in spec.addresses: remove it or ask for one the platform can give.",
        ("Accepted", "False", "ListenersNotValid") => "The controller refused this Gateway because none of its listeners is valid: see the listeners.",
        ("Accepted", _, _) when c.Status == "Unknown" || c.Reason == "Pending" =>
            "Waiting for the controller to accept this Gateway: check that its class is accepted.",
        ("Programmed", "True", _) => "The Gateway is programmed: traffic to its addresses reaches its listeners.",
        ("Programmed", "False", "Invalid") => "The Gateway cannot be programmed: its configuration is invalid" + Detail(c),
        ("Programmed", "False", "NoResources") =>
            "The controller has no resources to program this Gateway (no load balancer capacity, say)" + Detail(c),
        ("Programmed", "False", "AddressNotAssigned") =>
            "No address could be given to this Gateway. On bare metal a load balancer (MetalLB, say) must hand out addresses for its Service.",
        ("Programmed", "False", "AddressNotUsable") => "The address asked for in spec.addresses cannot be used" + Detail(c),
        ("Programmed", _, _) when c.Status == "Unknown" || c.Reason == "Pending" =>
            "The controller is still setting up this Gateway (its load balancer and address).",
        ("ResolvedRefs", "True", _) => "Every reference of the Gateway resolved.",
        ("ResolvedRefs", "False", "RefNotPermitted") =>
            "The Gateway refers to an object in another namespace without permission: that namespace needs a ReferenceGrant allowing Gateways from this one.",
        ("ResolvedRefs", "False", "InvalidClientCertificateRef") =>
            "The client certificate (CA) the Gateway refers to for frontend validation is missing or not valid.",
        ("ResolvedRefs", "False", "ListenersNotResolved") => "Some listeners' references did not resolve: see the listeners.",
        ("InsecureFrontendValidationMode", "True", _) =>
            "Client certificate validation allows connections without a valid certificate (insecure fallback) on this Gateway.",
        _ => null,
    };

    internal static string Detail(ObservedCondition c) =>
        string.IsNullOrWhiteSpace(c.Message) ? "." : $": {c.Message.Trim()}";
}
