using System.ComponentModel.DataAnnotations;
using Dashboard.Kubernetes.Hostnames;

namespace Dashboard.Web.Hosting;

/// <summary>The <c>Dashboard</c> section of appsettings.json (README, Settings). Validated at start.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The SQLite file, the data-protection keys and the sandbox kubeconfigs; relative to the working directory.</summary>
    [Required(ErrorMessage = "Dashboard:DataDirectory must name a directory, for example 'data'.")]
    public string DataDirectory { get; set; } = "data";

    public HostnameOptions Hostnames { get; set; } = new();

    public SandboxSettings Sandbox { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    public AutoRegisterOptions AutoRegister { get; set; } = new();

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);
}

public sealed class SandboxSettings
{
    /// <summary>Profiles started and registered on first run; blanks are ignored, so <c>Profiles:0=</c> turns the default off.</summary>
    public List<string> Profiles { get; set; } = [];

    public IEnumerable<string> EffectiveProfiles =>
        Profiles.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
}

public sealed class AdminOptions
{
    /// <summary>The first admin's password; none means a random one printed once (the security issue uses it).</summary>
    public string? Password { get; set; }
}

/// <summary>A kubeconfig file registered at start (docker-compose: k3s writes it to a shared volume).</summary>
public sealed class AutoRegisterOptions
{
    public string? Kubeconfig { get; set; }

    public string Name { get; set; } = "k3s";

    public string? Context { get; set; }

    /// <summary>Overrides the kubeconfig's server address (k3s writes https://127.0.0.1:6443, which is wrong from another container).</summary>
    public string? Server { get; set; }
}
