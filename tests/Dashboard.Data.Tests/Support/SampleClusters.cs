using System.Security.Cryptography;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;

namespace Dashboard.Data.Tests.Support;

/// <summary>Clusters to register. Addresses are from the documentation ranges, like the sandbox's.</summary>
internal static class SampleClusters
{
    public static NewCluster Named(
        string name,
        ProviderKind provider = ProviderKind.RkeCustom,
        string? sandboxProfile = null,
        string? kubeconfig = null,
        ClusterObservation? observation = null) =>
        new(name, provider, "https://192.0.2.10:6443", $"{name}-context",
            kubeconfig ?? Kubeconfig(UniqueToken(), UniqueKeyData()), sandboxProfile, observation);

    /// <summary>
    /// A small sanitised kubeconfig (one context, inline credentials). Small on purpose: it stays within
    /// one SQLite page, so a plaintext copy in the file would show up as one unbroken string.
    /// </summary>
    public static string Kubeconfig(string token, string clientKeyData, string server = "https://192.0.2.10:6443") => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: sample
          cluster:
            server: {server}
        users:
        - name: sample-admin
          user:
            token: {token}
            client-key-data: {clientKeyData}
        contexts:
        - name: sample
          context:
            cluster: sample
            user: sample-admin
        current-context: sample
        """;

    public static string UniqueToken() => "token-" + Guid.NewGuid().ToString("N");

    public static string UniqueKeyData() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
