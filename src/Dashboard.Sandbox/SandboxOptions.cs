namespace Dashboard.Sandbox;

/// <summary>How to start a <see cref="SandboxCluster"/>.</summary>
public sealed record SandboxOptions
{
    /// <summary>One of <see cref="SandboxProfiles.Names"/>.</summary>
    public string Profile { get; init; } = "rke-custom";

    /// <summary>The loopback port to listen on; 0 picks any free one.</summary>
    public int Port { get; init; }

    /// <summary>The bearer token clients must present; null makes a random one.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// How many recent events watches can resume from (the real watch cache's window). Tests
    /// shrink it to reach a 410 Gone quickly.
    /// </summary>
    internal int RetainedEvents { get; init; } = 1000;
}
