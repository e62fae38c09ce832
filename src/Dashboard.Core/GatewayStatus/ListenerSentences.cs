namespace Dashboard.Core.GatewayStatus;

/// <summary>A Gateway's listener: Accepted, ResolvedRefs, Programmed, Conflicted, OverlappingTLSConfig.</summary>
internal static class ListenerSentences
{
    public static string? Of(ObservedCondition c) => (c.Type, c.Status, c.Reason) switch
    {
        ("Accepted", "True", _) => "The controller accepted this listener.",
        ("Accepted", "False", "PortUnavailable") =>
            "This listener's port cannot be used: another listener or Service holds it, or the platform does not allow it" + GatewaySentences.Detail(c),
        ("Accepted", "False", "UnsupportedProtocol") => "The controller does not support this listener's protocol: choose HTTP or HTTPS.",
        ("Accepted", "False", "NoValidCACertificate") => "None of the CA certificates this listener refers to for client validation is valid.",
        ("Accepted", "False", "UnsupportedValue") => "The controller does not support a value of this listener" + GatewaySentences.Detail(c),
        ("Accepted", _, _) when c.Status == "Unknown" || c.Reason == "Pending" => "Waiting for the controller to accept this listener.",
        ("ResolvedRefs", "True", _) => "Every reference of this listener resolved.",
        ("ResolvedRefs", "False", "InvalidCertificateRef") =>
            "The listener's TLS certificate Secret is missing or is not a valid kubernetes.io/tls Secret: create it in the Gateway's namespace (or let cert-manager make it).",
        ("ResolvedRefs", "False", "InvalidRouteKinds") =>
            "A route kind in allowedRoutes.kinds is not one this listener can serve: remove it.",
        ("ResolvedRefs", "False", "RefNotPermitted") =>
            "The listener's certificate Secret is in another namespace: that namespace needs a ReferenceGrant allowing Gateways from this one.",
        ("ResolvedRefs", "False", "InvalidCACertificateRef") => "The CA certificate this listener refers to for client validation is missing or not valid.",
        ("ResolvedRefs", "False", "InvalidCACertificateKind") => "The CA certificate this listener refers to is of a kind the controller does not read (use a ConfigMap or Secret).",
        ("Programmed", "True", _) => "The listener is programmed: it takes traffic.",
        ("Programmed", "False", "Invalid") => "The listener cannot be programmed: its configuration is invalid" + GatewaySentences.Detail(c),
        ("Programmed", _, _) when c.Status == "Unknown" || c.Reason == "Pending" => "The controller is still setting up this listener.",
        ("Conflicted", "True", "HostnameConflict") =>
            "Another listener on the same port has the same hostname: give one of them another hostname or port.",
        ("Conflicted", "True", "ProtocolConflict") =>
            "Another listener on the same port uses another protocol: give one of them another port.",
        ("Conflicted", "False", _) => "No other listener conflicts with this one.",
        ("OverlappingTLSConfig", "True", "OverlappingHostnames") =>
            "Another HTTPS listener's hostname overlaps this one's: a client may reach the wrong certificate, so browsers may reuse connections across them.",
        ("OverlappingTLSConfig", "True", "OverlappingCertificates") =>
            "This listener's certificate also covers another listener's hostname: connections may be reused across them.",
        _ => null,
    };
}
