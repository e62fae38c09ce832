namespace Dashboard.Kubernetes.Hostnames;

/// <summary><c>Dashboard:Hostnames</c> (README, Settings): the wildcard-DNS domain and the background reconciler. Checked by <see cref="HostnameOptionsValidator"/>.</summary>
public sealed class HostnameOptions
{
    public const string Section = "Dashboard:Hostnames";

    /// <summary>sslip.io by default; nip.io or a company's own wildcard DNS domain work the same way.</summary>
    public string Domain { get; set; } = "sslip.io";

    /// <summary>Fill in and keep generated names for every registered cluster, also while nobody has a page open.</summary>
    public bool Reconcile { get; set; } = true;

    /// <summary>How often the reconciler looks for newly registered clusters and restarts stopped caches.</summary>
    public TimeSpan ReconcileSweep { get; set; } = TimeSpan.FromSeconds(30);
}
