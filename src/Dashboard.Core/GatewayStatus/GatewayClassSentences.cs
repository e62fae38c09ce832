namespace Dashboard.Core.GatewayStatus;

/// <summary>GatewayClass: Accepted and SupportedVersion.</summary>
internal static class GatewayClassSentences
{
    public static string? Of(ObservedCondition c) => (c.Type, c.Status, c.Reason) switch
    {
        ("Accepted", "True", _) => "The controller accepted this class: Gateways of this class will be programmed.",
        ("Accepted", "False", "InvalidParameters") =>
            "The controller refused this class: the parameters it refers to (spec.parametersRef) are missing or invalid.",
        ("Accepted", "False", "Unsupported") => "The controller does not support this class as configured.",
        ("Accepted", "False", "UnsupportedVersion") =>
            "The controller refused this class: the cluster's Gateway API version (its CRDs) is one the controller does not support. Install a version it supports.",
        ("Accepted", "Unknown", _) or ("Accepted", _, "Pending") =>
            "No controller has accepted this class yet: check that the controller named in spec.controllerName runs in the cluster.",
        ("SupportedVersion", "True", _) => "The cluster's Gateway API version is one the controller supports.",
        ("SupportedVersion", "False", _) =>
            "The cluster's Gateway API version (its CRDs) is one the controller does not support: install a version it supports.",
        _ => null,
    };
}
