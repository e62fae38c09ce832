using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Networks;

/// <summary>A sentence per entry of <c>Dashboard:Clusters</c> that is not a CIDR, naming the entry and its list.</summary>
public sealed class ClusterAddressOptionsValidator : IValidateOptions<ClusterAddressOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterAddressOptions options)
    {
        var failures = Problems(options.EffectiveAllowedNetworks, "AllowedNetworks")
            .Concat(Problems(options.EffectiveDeniedNetworks, "DeniedNetworks"))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(IEnumerable<string> entries, string list) =>
        entries.Select(entry => NetworkNotation.Problem(entry) is { } problem
                ? $"'{entry}' in {ClusterAddressOptions.Section}:{list} {problem}."
                : null)
            .OfType<string>();
}
