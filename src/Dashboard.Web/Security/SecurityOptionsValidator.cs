using System.Net;
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
        var failures = new List<string>();
        RequirePositive(failures, nameof(SecurityOptions.IdleTimeout), options.IdleTimeout, "00:30:00");
        RequirePositive(failures, nameof(SecurityOptions.AbsoluteTimeout), options.AbsoluteTimeout, "12:00:00");
        RequirePositive(failures, nameof(SecurityOptions.LoginTokenLifetime), options.LoginTokenLifetime, "08:00:00");
        if (options.IdleTimeout > TimeSpan.Zero && options.AbsoluteTimeout > TimeSpan.Zero && options.AbsoluteTimeout < options.IdleTimeout)
        {
            failures.Add($"{Section}:AbsoluteTimeout ({options.AbsoluteTimeout}) is shorter than {Section}:IdleTimeout ({options.IdleTimeout}); " +
                "a session ends at the absolute limit however active, so make it at least as long as the idle one.");
        }

        foreach (var proxy in options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            failures.Add($"{Section}:KnownProxies names '{proxy}', which is not an IP address; list the proxies' addresses, such as '10.0.0.5'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value, string example)
    {
        if (value <= TimeSpan.Zero)
            failures.Add($"{Section}:{key} must be a positive time span such as '{example}'; it is {value}.");
    }
}
