using Dashboard.Core.Settings;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// A sentence per wrong <c>Dashboard:ClusterHealth</c> setting. A zero interval would check every cluster in a tight
/// loop and no concurrency would check none, so either stops the start instead.
/// </summary>
public sealed class ClusterHealthOptionsValidator : IValidateOptions<ClusterHealthOptions>
{
    private const string Section = ClusterHealthOptions.Section;

    /// <summary>More parallel checks than this would only queue on the connection pools.</summary>
    public const int MostConcurrentChecks = 64;

    public ValidateOptionsResult Validate(string? name, ClusterHealthOptions options)
    {
        string?[] checks =
        [
            TimeSpanSetting.MustBePositive($"{Section}:CheckInterval", options.CheckInterval, "00:01:00"),
            TimeSpanSetting.MustBePositive($"{Section}:RefreshReuse", options.RefreshReuse, "00:00:05"),
            options.MaxConcurrentChecks is < 1 or > MostConcurrentChecks
                ? $"{Section}:MaxConcurrentChecks must be a whole number from 1 to {MostConcurrentChecks}, such as 8; it is {options.MaxConcurrentChecks}."
                : null,
            options.RefreshReuse > options.CheckInterval && options.CheckInterval > TimeSpan.Zero
                ? $"{Section}:RefreshReuse ({options.RefreshReuse}) is longer than {Section}:CheckInterval ({options.CheckInterval}); " +
                  "a Refresh click would then never check again, so make it a few seconds."
                : null,
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
