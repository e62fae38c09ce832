namespace Dashboard.Core.GatewayStatus;

/// <summary>
/// Every standard condition and reason of Gateway API's GatewayClass, Gateway, listener and route status (Gateway
/// API v1.6, <c>apis/v1/shared_types.go</c>, <c>gateway_types.go</c>, <c>gatewayclass_types.go</c>) as a sentence
/// for the person looking at the object. A reason the standard does not define shows the controller's own message.
/// </summary>
public static class ConditionExplanations
{
    public static string Explain(ConditionSubject subject, ObservedCondition condition, RouteConditionContext? route = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var known = subject switch
        {
            ConditionSubject.GatewayClass => GatewayClassSentences.Of(condition),
            ConditionSubject.Gateway => GatewaySentences.Of(condition),
            ConditionSubject.Listener => ListenerSentences.Of(condition),
            ConditionSubject.Route => RouteSentences.Of(condition, route),
            _ => null,
        };
        return known ?? Unknown(condition);
    }

    /// <summary>The controller's words, with the condition they belong to.</summary>
    private static string Unknown(ObservedCondition condition)
    {
        var what = string.IsNullOrEmpty(condition.Reason)
            ? $"{condition.Type} is {condition.Status}"
            : $"{condition.Type} is {condition.Status} ({condition.Reason})";
        return string.IsNullOrWhiteSpace(condition.Message) ? what + "." : $"{what}: {condition.Message.Trim()}";
    }
}
