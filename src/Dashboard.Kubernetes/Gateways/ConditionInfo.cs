namespace Dashboard.Kubernetes.Gateways;

/// <summary>One Gateway API status condition with its plain-words <paramref name="Explanation"/> (Core's ConditionExplanations).</summary>
public sealed record ConditionInfo(string Type, string Status, string? Reason, string? Message, string Explanation)
{
    public bool IsTrue => Status == "True";
}
