using Dashboard.Core.Settings;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// A sentence per wrong <c>Dashboard:Security:SignIn</c> setting, at start: a limit of zero would refuse every
/// sign-in, and a zero window or lockout would not limit anything.
/// </summary>
public sealed class SignInOptionsValidator : IValidateOptions<SignInOptions>
{
    private const string Section = SignInOptions.Section;

    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        string?[] checks =
        [
            AtLeastOne($"{Section}:PermitsPerClient", options.PermitsPerClient, 30),
            AtLeastOne($"{Section}:PermitsPerUserName", options.PermitsPerUserName, 10),
            AtLeastOne($"{Section}:MaxFailures", options.MaxFailures, 5),
            AtLeastOne($"{Section}:AuditedFailuresPerMinute", options.AuditedFailuresPerMinute, 10),
            TimeSpanSetting.MustBePositive($"{Section}:Window", options.Window, "00:01:00"),
            TimeSpanSetting.MustBePositive($"{Section}:FailureLockout", options.FailureLockout, "00:05:00"),
            options.PermitsPerUserName > options.PermitsPerClient && options.PermitsPerClient >= 1
                ? $"{Section}:PermitsPerUserName ({options.PermitsPerUserName}) is more than {Section}:PermitsPerClient ({options.PermitsPerClient}); " +
                  "the per-address limit would always apply first, so make the per-user-name one at most as large."
                : null,
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? AtLeastOne(string key, int value, int example) =>
        value >= 1 ? null : $"{key} must be a whole number of at least 1, such as {example}; it is {value}.";
}
