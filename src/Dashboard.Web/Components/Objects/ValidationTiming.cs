namespace Dashboard.Web.Components.Objects;

/// <summary>When a wizard or dialog re-checks what is typed.</summary>
public static class ValidationTiming
{
    /// <summary>How long after the last keystroke a step's errors are re-checked, once Next has shown some.</summary>
    public static readonly TimeSpan RecheckDelay = TimeSpan.FromMilliseconds(150);
}
