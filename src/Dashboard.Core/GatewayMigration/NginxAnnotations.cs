namespace Dashboard.Core.GatewayMigration;

/// <summary>The ingress-nginx annotation keys the migration translates.</summary>
internal static class NginxAnnotations
{
    public const string Prefix = "nginx.ingress.kubernetes.io/";

    public const string Canary = Prefix + "canary";
    public const string CanaryWeight = Prefix + "canary-weight";
    public const string CanaryWeightTotal = Prefix + "canary-weight-total";
    public const string CanaryByHeader = Prefix + "canary-by-header";
    public const string CanaryByHeaderValue = Prefix + "canary-by-header-value";
    public const string CanaryByHeaderPattern = Prefix + "canary-by-header-pattern";
    public const string CanaryByCookie = Prefix + "canary-by-cookie";

    public const string SslRedirect = Prefix + "ssl-redirect";
    public const string RewriteTarget = Prefix + "rewrite-target";
    public const string XForwardedPrefix = Prefix + "x-forwarded-prefix";
    public const string UseRegex = Prefix + "use-regex";
    public const string PermanentRedirect = Prefix + "permanent-redirect";
    public const string PermanentRedirectCode = Prefix + "permanent-redirect-code";
    public const string TemporalRedirect = Prefix + "temporal-redirect";
    public const string TemporalRedirectCode = Prefix + "temporal-redirect-code";
    public const string AppRoot = Prefix + "app-root";
    public const string UpstreamVhost = Prefix + "upstream-vhost";
    public const string ConnectionProxyHeader = Prefix + "connection-proxy-header";
    public const string ProxyConnectTimeout = Prefix + "proxy-connect-timeout";
    public const string ProxySendTimeout = Prefix + "proxy-send-timeout";
    public const string ProxyReadTimeout = Prefix + "proxy-read-timeout";
    public const string BackendProtocol = Prefix + "backend-protocol";

    public static IReadOnlyList<string> CanaryKeys { get; } =
        [Canary, CanaryWeight, CanaryWeightTotal, CanaryByHeader, CanaryByHeaderValue, CanaryByHeaderPattern, CanaryByCookie];

    public static bool IsNginx(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);
}
