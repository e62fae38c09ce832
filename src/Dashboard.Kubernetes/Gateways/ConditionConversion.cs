using Dashboard.Core.GatewayStatus;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>Status conditions as the read records carry them, each with its sentence.</summary>
internal static class ConditionConversion
{
    public static IReadOnlyList<ObservedCondition> Observed(IEnumerable<V1Condition>? conditions) =>
        (conditions ?? []).Where(c => !string.IsNullOrEmpty(c.Type))
            .Select(c => new ObservedCondition(c.Type, c.Status ?? "Unknown", NullIfEmpty(c.Reason), NullIfEmpty(c.Message)))
            .ToArray();

    public static IReadOnlyList<ConditionInfo> Explained(
        ConditionSubject subject, IEnumerable<ObservedCondition> conditions, RouteConditionContext? route = null) =>
        conditions.Select(c => new ConditionInfo(c.Type, c.Status, c.Reason, c.Message, ConditionExplanations.Explain(subject, c, route))).ToArray();

    public static IReadOnlyList<ConditionInfo> Explained(ConditionSubject subject, IEnumerable<V1Condition>? conditions) =>
        Explained(subject, Observed(conditions));

    /// <summary>True/False of the condition of that type; null when there is none or it is Unknown.</summary>
    public static bool? StateOf(IEnumerable<ConditionInfo> conditions, string type) =>
        conditions.FirstOrDefault(c => c.Type == type) switch
        {
            { Status: "True" } => true,
            { Status: "False" } => false,
            _ => null,
        };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
