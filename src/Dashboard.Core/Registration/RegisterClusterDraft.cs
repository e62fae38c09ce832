using Dashboard.Core.Providers;

namespace Dashboard.Core.Registration;

/// <summary>What a user fills in to register a cluster: the register dialog and <c>POST /api/v1/clusters</c> alike.</summary>
public sealed class RegisterClusterDraft
{
    public string Name { get; set; } = "";

    /// <summary>The kubeconfig as pasted or uploaded. Sanitised by the Kubernetes layer before anything loads it.</summary>
    public string Kubeconfig { get; set; } = "";

    /// <summary>The context to use; null means the kubeconfig's current-context.</summary>
    public string? Context { get; set; }

    /// <summary>Null: not chosen by the user; the pages then show the kind detected on the cluster.</summary>
    public ProviderKind? Provider { get; set; }

    /// <summary>Save even when the cluster does not answer now.</summary>
    public bool SaveIfUnreachable { get; set; }

    /// <summary>Register even when another registered cluster already has this API server (other credentials, say).</summary>
    public bool AllowDuplicateServer { get; set; }

    /// <summary>Connect even over plain <c>http://</c> or with <c>insecure-skip-tls-verify</c>: the admin accepts the risk.</summary>
    public bool AcceptInsecureConnection { get; set; }
}
