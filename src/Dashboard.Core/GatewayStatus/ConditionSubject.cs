namespace Dashboard.Core.GatewayStatus;

/// <summary>Which object a Gateway API condition is about: the same type (Accepted, say) means different things on each.</summary>
public enum ConditionSubject
{
    GatewayClass,
    Gateway,
    Listener,
    Route,
}
