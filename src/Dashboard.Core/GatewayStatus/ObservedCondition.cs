namespace Dashboard.Core.GatewayStatus;

/// <summary>One <c>status.conditions[]</c> entry as a controller wrote it; <paramref name="Status"/> is True, False or Unknown.</summary>
public sealed record ObservedCondition(string Type, string Status, string? Reason, string? Message)
{
    public bool IsTrue => string.Equals(Status, "True", StringComparison.OrdinalIgnoreCase);

    public bool IsFalse => string.Equals(Status, "False", StringComparison.OrdinalIgnoreCase);
}
