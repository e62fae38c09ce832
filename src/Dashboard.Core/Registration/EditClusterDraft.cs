using Dashboard.Core.Providers;

namespace Dashboard.Core.Registration;

/// <summary>
/// A change to a registered cluster: the edit dialog, <c>PUT</c> and <c>PATCH /api/v1/clusters/{id}</c> alike.
/// A null field keeps what is stored.
/// </summary>
public sealed class EditClusterDraft
{
    public string? Name { get; set; }

    /// <summary><see cref="ProviderKind.Unknown"/> clears the user's choice (the detected kind is shown then).</summary>
    public ProviderKind? Provider { get; set; }

    /// <summary>A new kubeconfig: sanitised like a registration and tested before it replaces the stored one.</summary>
    public string? Kubeconfig { get; set; }

    /// <summary>The context of the new kubeconfig to use; null means its current-context.</summary>
    public string? Context { get; set; }

    /// <summary>Accept a new kubeconfig whose API server another registered cluster already has.</summary>
    public bool AllowDuplicateServer { get; set; }

    /// <summary>Accept a new kubeconfig that connects over plain <c>http://</c> or with <c>insecure-skip-tls-verify</c>.</summary>
    public bool AcceptInsecureConnection { get; set; }
}
