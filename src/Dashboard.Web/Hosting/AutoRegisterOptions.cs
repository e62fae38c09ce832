namespace Dashboard.Web.Hosting;

/// <summary><c>Dashboard:AutoRegister</c>: a kubeconfig file registered at start (docker-compose: k3s writes it to a shared volume).</summary>
public sealed class AutoRegisterOptions
{
    public string? Kubeconfig { get; set; }

    public string Name { get; set; } = "k3s";

    public string? Context { get; set; }

    /// <summary>Overrides the kubeconfig's server address (k3s writes https://127.0.0.1:6443, which is wrong from another container).</summary>
    public string? Server { get; set; }
}
