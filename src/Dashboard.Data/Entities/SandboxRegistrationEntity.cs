namespace Dashboard.Data.Entities;

/// <summary>
/// Remembers that a sandbox profile was registered once. It outlives the cluster row, so a demo
/// cluster the user deleted is not registered again at the next start.
/// </summary>
public sealed class SandboxRegistrationEntity
{
    public required string Profile { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}
