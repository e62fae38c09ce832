using Dashboard.Core.Kubernetes;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>A sentence per wrong <c>Dashboard:Hostnames</c> setting, at start rather than at the first generated name.</summary>
public sealed class HostnameOptionsValidator : IValidateOptions<HostnameOptions>
{
    public ValidateOptionsResult Validate(string? name, HostnameOptions options)
    {
        var failures = new List<string>();
        if (KubernetesNames.Dns1123Subdomain(options.Domain) is { } domainError)
            failures.Add($"{HostnameOptions.Section}:Domain must be a wildcard DNS domain such as 'sslip.io' or 'nip.io': {domainError}");
        if (options.ReconcileSweep <= TimeSpan.Zero)
            failures.Add($"{HostnameOptions.Section}:ReconcileSweep must be a positive time span such as '00:00:30'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
