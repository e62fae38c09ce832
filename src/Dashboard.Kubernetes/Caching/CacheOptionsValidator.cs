using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// A sentence per wrong <c>Dashboard:Caching</c> setting. A zero or negative span would make a cache stop at once
/// or retry a failing cluster in a tight loop, so it stops the start instead.
/// </summary>
public sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        var failures = new List<string>();
        RequirePositive(failures, nameof(CacheOptions.IdleTimeout), options.IdleTimeout, "00:05:00");
        RequirePositive(failures, nameof(CacheOptions.RetryInitialDelay), options.RetryInitialDelay, "00:00:00.5");
        RequirePositive(failures, nameof(CacheOptions.RetryMaxDelay), options.RetryMaxDelay, "00:00:30");
        RequirePositive(failures, nameof(CacheOptions.MissingApiRecheck), options.MissingApiRecheck, "00:01:00");
        if (options.RetryInitialDelay > TimeSpan.Zero && options.RetryMaxDelay > TimeSpan.Zero && options.RetryMaxDelay < options.RetryInitialDelay)
        {
            failures.Add($"{CacheOptions.Section}:RetryMaxDelay ({options.RetryMaxDelay}) is shorter than {CacheOptions.Section}:RetryInitialDelay ({options.RetryInitialDelay}); " +
                "the delay doubles from the first up to the most, so make the most at least as long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value, string example)
    {
        if (value <= TimeSpan.Zero)
            failures.Add($"{CacheOptions.Section}:{key} must be a positive time span such as '{example}'; it is {value}.");
    }
}
