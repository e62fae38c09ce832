using Dashboard.Core.Settings;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// A sentence per wrong <c>Dashboard:Caching</c> setting. A zero or negative span would make a cache stop at once
/// or retry a failing cluster in a tight loop, so it stops the start instead.
/// </summary>
public sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    private const string Section = CacheOptions.Section;

    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        string?[] checks =
        [
            TimeSpanSetting.MustBePositive($"{Section}:IdleTimeout", options.IdleTimeout, "00:05:00"),
            TimeSpanSetting.MustBePositive($"{Section}:RetryInitialDelay", options.RetryInitialDelay, "00:00:00.5"),
            TimeSpanSetting.MustBePositive($"{Section}:RetryMaxDelay", options.RetryMaxDelay, "00:00:30"),
            TimeSpanSetting.MustBePositive($"{Section}:MissingApiRecheck", options.MissingApiRecheck, "00:01:00"),
            options.RetryMaxDelay < options.RetryInitialDelay && options.RetryMaxDelay > TimeSpan.Zero
                ? $"{Section}:RetryMaxDelay ({options.RetryMaxDelay}) is shorter than {Section}:RetryInitialDelay ({options.RetryInitialDelay}); " +
                  "the delay doubles from the first up to the most, so make the most at least as long."
                : null,
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
