using System.Net;
using Dashboard.Core.Settings;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// A sentence per wrong <c>Dashboard:Security</c> setting, at start: a zero lifetime would sign everyone out at once,
/// and a proxy address that is not an IP address would otherwise fail the first request.
/// </summary>
public sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    private const string Section = SecurityOptions.Section;

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        string?[] checks =
        [
            TimeSpanSetting.MustBePositive($"{Section}:IdleTimeout", options.IdleTimeout, "00:30:00"),
            TimeSpanSetting.MustBePositive($"{Section}:AbsoluteTimeout", options.AbsoluteTimeout, "12:00:00"),
            TimeSpanSetting.MustBePositive($"{Section}:LoginTokenLifetime", options.LoginTokenLifetime, "08:00:00"),
            options.AbsoluteTimeout < options.IdleTimeout && options.AbsoluteTimeout > TimeSpan.Zero
                ? $"{Section}:AbsoluteTimeout ({options.AbsoluteTimeout}) is shorter than {Section}:IdleTimeout ({options.IdleTimeout}); " +
                  "a session ends at the absolute limit however active, so make it at least as long as the idle one."
                : null,
            .. options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
                .Select(proxy => $"{Section}:KnownProxies names '{proxy}', which is not an IP address; list the proxies' addresses, such as '10.0.0.5'."),
        ];
        var failures = checks.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
