namespace Dashboard.Core.Providers;

/// <summary>Display names and sandbox profile names of the provider kinds.</summary>
public static class ProviderKinds
{
    private static readonly (ProviderKind Kind, string DisplayName, string? Profile)[] Table =
    [
        (ProviderKind.AmazonEks, "Amazon EKS", "eks"),
        (ProviderKind.GoogleGke, "Google GKE", "gke"),
        (ProviderKind.AzureAks, "Azure AKS", "aks"),
        (ProviderKind.RkeEc2, "RKE on EC2", "rke-ec2"),
        (ProviderKind.RkeDigitalOcean, "RKE on DigitalOcean", "rke-digitalocean"),
        (ProviderKind.RkeVsphere, "RKE on vSphere", "rke-vsphere"),
        (ProviderKind.RkeCustom, "RKE on custom hosts", "rke-custom"),
        (ProviderKind.MetalLb, "Third-party MetalLB", "metallb"),
        (ProviderKind.Rke2, "RKE2", "rke2"),
        (ProviderKind.K3s, "K3s", "k3s"),
        (ProviderKind.Unknown, "Unknown", null),
    ];

    /// <summary>Every kind, in the order of the Rancher 2.0–2.4 table, then RKE2 and K3s, <see cref="ProviderKind.Unknown"/> last.</summary>
    public static IReadOnlyList<ProviderKind> All { get; } = Table.Select(row => row.Kind).ToArray();

    public static string DisplayName(this ProviderKind kind) =>
        Table.First(row => row.Kind == kind).DisplayName;

    /// <summary>The sandbox profile that emulates this kind (<c>rke-custom</c>), or null for Unknown.</summary>
    public static string? SandboxProfile(this ProviderKind kind) =>
        Table.First(row => row.Kind == kind).Profile;

    public static ProviderKind? FromSandboxProfile(string profile) =>
        Table.Where(row => string.Equals(row.Profile, profile, StringComparison.OrdinalIgnoreCase))
            .Select(row => (ProviderKind?)row.Kind)
            .FirstOrDefault();
}
