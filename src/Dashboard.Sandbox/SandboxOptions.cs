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

    /// <summary>How long a bound pod stays ContainerCreating before the kubelet runs it; tests shorten it.</summary>
    internal TimeSpan PodStartDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an event lives after it was last seen (the API server's <c>--event-ttl</c>).</summary>
    internal TimeSpan EventTtl { get; init; } = TimeSpan.FromHours(1);
}
