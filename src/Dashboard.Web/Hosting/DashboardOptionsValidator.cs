using Dashboard.Core.Clusters;
using Dashboard.Core.Kubernetes;
using Dashboard.Sandbox;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>Fails start-up with a sentence per wrong setting, instead of a surprise later.</summary>
public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        foreach (var profile in options.Sandbox.EffectiveProfiles.Where(p => !SandboxProfiles.Exists(p)))
            failures.Add($"Dashboard:Sandbox:Profiles names '{profile}', which is not a sandbox profile. Known: {string.Join(", ", SandboxProfiles.Names)}.");
        if (KubernetesNames.Dns1123Subdomain(options.Hostnames.Domain) is { } domainError)
            failures.Add($"Dashboard:Hostnames:Domain must be a wildcard DNS domain such as 'sslip.io' or 'nip.io': {domainError}");
        if (options.Hostnames.ReconcileSweep <= TimeSpan.Zero)
            failures.Add("Dashboard:Hostnames:ReconcileSweep must be a positive time span such as '00:00:30'.");
        if (options.AutoRegister.Kubeconfig is not null && ClusterNameRules.Validate(options.AutoRegister.Name) is { } nameError)
            failures.Add($"Dashboard:AutoRegister:Name: {nameError}");
        if (options.AutoRegister.Server is { } server && !Uri.TryCreate(server, UriKind.Absolute, out _))
            failures.Add($"Dashboard:AutoRegister:Server '{server}' is not a URL such as https://k3s:6443.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
