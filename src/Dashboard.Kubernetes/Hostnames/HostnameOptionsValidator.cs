using Dashboard.Core.Kubernetes;
using Dashboard.Core.Settings;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>A sentence per wrong <c>Dashboard:Hostnames</c> setting, at start rather than at the first generated name.</summary>
public sealed class HostnameOptionsValidator : IValidateOptions<HostnameOptions>
{
    private const string Section = HostnameOptions.Section;

    public ValidateOptionsResult Validate(string? name, HostnameOptions options)
    {
        string?[] checks =
        [
            KubernetesNames.Dns1123Subdomain(options.Domain) is { } domainError
                ? $"{Section}:Domain must be a wildcard DNS domain such as 'sslip.io' or 'nip.io': {domainError}"
                : null,
            TimeSpanSetting.MustBePositive($"{Section}:ReconcileSweep", options.ReconcileSweep, "00:00:30"),
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
