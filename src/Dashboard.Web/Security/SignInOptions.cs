namespace Dashboard.Web.Security;

/// <summary>
/// <c>Dashboard:Security:SignIn</c>: how hard the sign-in form and <c>POST /api/v1/auth/token</c> may be tried
/// (docs/decisions/0013-sign-in-throttling.md). Checked by <see cref="SignInOptionsValidator"/>.
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "Dashboard:Security:SignIn";

    /// <summary>Sign-in attempts one client address may make per <see cref="Window"/>, whatever the user names (an IPv6 client is its /64).</summary>
    public int PermitsPerClient { get; set; } = 30;

    /// <summary>Sign-in attempts one client address may make for one typed user name per <see cref="Window"/>.</summary>
    public int PermitsPerUserName { get; set; } = 10;

    /// <summary>The fixed window the two limits above count in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed sign-ins for one user name from one client address before that pair is refused for <see cref="FailureLockout"/>.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a user name is refused from a client address after <see cref="MaxFailures"/> failures there; other addresses are unaffected.</summary>
    public TimeSpan FailureLockout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed sign-ins from one client address written to the audit log per minute; the rest are counted in one summary row.</summary>
    public int AuditedFailuresPerMinute { get; set; } = 10;
}
