namespace Dashboard.Web.Security;

/// <summary><c>Dashboard:Security</c>: session and token lifetimes, and the reverse proxy in front, if any. Checked by <see cref="SecurityOptionsValidator"/>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Dashboard:Security";

    /// <summary>A session unused this long ends (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however active.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Lifetime of tokens from <c>POST /api/v1/auth/token</c>.</summary>
    public TimeSpan LoginTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Trust X-Forwarded-For/-Proto from a reverse proxy (one that terminates TLS, say).</summary>
    public bool UseForwardedHeaders { get; set; }

    /// <summary>The proxies' addresses; empty means loopback only (ASP.NET's default).</summary>
    public List<string> KnownProxies { get; set; } = [];
}
