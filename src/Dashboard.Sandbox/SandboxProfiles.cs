using Dashboard.Sandbox.Profiles;

namespace Dashboard.Sandbox;

/// <summary>The sandbox profiles, one per row of the support matrix (src/Dashboard.Sandbox/README.md), in the order of the Rancher 2.0–2.4 table.</summary>
public static class SandboxProfiles
{
    private static readonly IReadOnlyList<SandboxProfile> Implemented =
    [
        EksProfile.Profile,
        GkeProfile.Profile,
        AksProfile.Profile,
        RkeProfiles.Ec2,
        RkeProfiles.DigitalOcean,
        RkeProfiles.Vsphere,
        RkeProfiles.Custom,
        MetalLbProfile.Profile,
        Rke2Profile.Profile,
        K3sProfile.Profile,
    ];

    public static IReadOnlyList<string> Names { get; } = Implemented.Select(profile => profile.Name).ToArray();

    public static bool Exists(string name) => Find(name) is not null;

    internal static SandboxProfile Get(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"Unknown sandbox profile '{name}'. Known profiles: {string.Join(", ", Names)}.", nameof(name));

    private static SandboxProfile? Find(string? name) =>
        Implemented.FirstOrDefault(profile => string.Equals(profile.Name, name, StringComparison.OrdinalIgnoreCase));
}
