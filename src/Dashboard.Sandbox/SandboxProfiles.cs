using Dashboard.Sandbox.Profiles;

namespace Dashboard.Sandbox;

/// <summary>The sandbox profiles implemented so far, one per row of the support matrix (DESIGN.md §4).</summary>
public static class SandboxProfiles
{
    private static readonly IReadOnlyList<SandboxProfile> Implemented = [RkeProfiles.Custom];

    public static IReadOnlyList<string> Names { get; } = Implemented.Select(profile => profile.Name).ToArray();

    public static bool Exists(string name) => Find(name) is not null;

    internal static SandboxProfile Get(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"Unknown sandbox profile '{name}'. Known profiles: {string.Join(", ", Names)}.", nameof(name));

    private static SandboxProfile? Find(string? name) =>
        Implemented.FirstOrDefault(profile => string.Equals(profile.Name, name, StringComparison.OrdinalIgnoreCase));
}
