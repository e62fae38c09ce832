using System.ComponentModel.DataAnnotations;
using Dashboard.Kubernetes.Hostnames;

namespace Dashboard.Web.Hosting;

/// <summary>The <c>Dashboard</c> section of appsettings.json (README, Settings). Validated at start (<see cref="DashboardOptionsValidator"/>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The SQLite file, the data-protection keys and the sandbox kubeconfigs; relative to the working directory.</summary>
    [Required(ErrorMessage = "Dashboard:DataDirectory must name a directory, for example 'data'.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The same section the service layer binds as its own <see cref="HostnameOptions"/> (validated there).</summary>
    public HostnameOptions Hostnames { get; set; } = new();

    public SandboxSettings Sandbox { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    public AutoRegisterOptions AutoRegister { get; set; } = new();

    /// <summary>Empty while <see cref="DataDirectory"/> is: validation reads every property, and must get to say what is wrong.</summary>
    public string DataDirectoryFullPath => string.IsNullOrWhiteSpace(DataDirectory) ? "" : Path.GetFullPath(DataDirectory);
}
