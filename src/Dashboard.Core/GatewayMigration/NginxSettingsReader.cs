using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Drafts;
using Dashboard.Core.Routes;
using A = Dashboard.Core.GatewayMigration.NginxAnnotations;

namespace Dashboard.Core.GatewayMigration;

/// <summary>Reads the ingress-nginx annotations of the Ingress being moved into <see cref="RuleSettings"/>, settling each key it reads.</summary>
internal static partial class NginxSettingsReader
{
    private static readonly int[] PermanentCodes = [301, 302, 303, 307, 308];
    private static readonly int[] TemporalCodes = [301, 302, 303, 307];

    public static RuleSettings Read(AnnotationLedger ledger, bool hasTls)
    {
        var settings = new RuleSettings();
        ReadSslRedirect(ledger, settings, hasTls);
        ReadRedirect(ledger, settings);
        ReadRewrite(ledger, settings);
        ReadRegex(ledger, settings);
        ReadHeaders(ledger, settings);
        ReadTimeouts(ledger, settings);
        ReadAppRoot(ledger, settings);
        ReadBackendProtocol(ledger);
        return settings;
    }

    private static void ReadSslRedirect(AnnotationLedger ledger, RuleSettings settings, bool hasTls)
    {
        if (!ledger.Has(A.SslRedirect) || !hasTls)
            return;
        if (bool.TryParse(ledger.Value(A.SslRedirect), out var on))
        {
            settings.SslRedirect = on;
            ledger.Translated(A.SslRedirect, on
                ? "an HTTPRoute on the HTTP listener that redirects to HTTPS (308)"
                : "no redirect route: the routes attach to the HTTP and the HTTPS listener");
        }
        else
        {
            ledger.NotTranslated(A.SslRedirect, $"The value '{ledger.Value(A.SslRedirect)}' is not true or false, so ingress-nginx's default (redirect to HTTPS) is kept: fix the value if you meant to turn the redirect off.");
        }
    }

    private static void ReadRedirect(AnnotationLedger ledger, RuleSettings settings)
    {
        var temporal = ledger.Value(A.TemporalRedirect);
        var permanent = ledger.Value(A.PermanentRedirect);
        if (temporal is not null)
        {
            settings.Redirect = Redirect(ledger, A.TemporalRedirect, temporal, A.TemporalRedirectCode, 302, TemporalCodes);
            if (permanent is not null)
                ledger.NotTranslated(A.PermanentRedirect, "The temporal-redirect annotation is set too and wins, as in ingress-nginx: remove one of them.");
            ledger.NotTranslated(A.PermanentRedirectCode, "The temporal-redirect annotation is set too and wins, as in ingress-nginx: remove one of them.");
        }
        else if (permanent is not null)
        {
            settings.Redirect = Redirect(ledger, A.PermanentRedirect, permanent, A.PermanentRedirectCode, 301, PermanentCodes);
            ledger.NotTranslated(A.TemporalRedirectCode, "It is read only with temporal-redirect, which this Ingress does not set: nothing to carry over.");
        }
        else
        {
            ledger.NotTranslated(A.PermanentRedirectCode, "It is read only with permanent-redirect, which this Ingress does not set: nothing to carry over.");
            ledger.NotTranslated(A.TemporalRedirectCode, "It is read only with temporal-redirect, which this Ingress does not set: nothing to carry over.");
        }
    }

    private static HttpRedirectDraft? Redirect(AnnotationLedger ledger, string key, string url, string codeKey, int defaultCode, int[] allowed)
    {
        var redirect = RedirectTo(ledger, key, url);
        if (redirect is null)
        {
            ledger.NotTranslated(codeKey, $"It belongs to {key[NginxAnnotations.Prefix.Length..]}, which is not translated: see that annotation.");
            return null;
        }
        redirect.StatusCode = defaultCode;
        if (ledger.Value(codeKey) is { } codeText)
        {
            if (int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && allowed.Contains(parsed))
            {
                redirect.StatusCode = parsed;
                ledger.Translated(codeKey, $"RequestRedirect statusCode {parsed}");
            }
            else
            {
                ledger.NotTranslated(codeKey, $"The value '{codeText}' is not one of {string.Join(", ", allowed)}, so ingress-nginx and the route use {defaultCode}: fix the value if you meant another code.");
            }
        }
        ledger.Translated(key, $"RequestRedirect {redirect.StatusCode} to {url} on every rule");
        return redirect;
    }

    private static HttpRedirectDraft? RedirectTo(AnnotationLedger ledger, string key, string url)
    {
        if (url.Contains('$', StringComparison.Ordinal))
        {
            ledger.NotTranslated(key, $"The value '{url}' uses nginx variables, which a RequestRedirect cannot fill in: write a redirect rule with the fixed scheme, hostname and path by hand.");
            return null;
        }
        if (url.StartsWith('/'))
            return new HttpRedirectDraft { Scheme = null, ReplaceFullPath = url };
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            ledger.NotTranslated(key, $"The value '{url}' is not an http(s) URL or a path, so no redirect can be made from it: write the redirect rule by hand.");
            return null;
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            ledger.NotTranslated(key, $"The value '{url}' has a query or fragment, which a RequestRedirect cannot set: redirect to the path and let the backend add the rest.");
            return null;
        }
        return new HttpRedirectDraft
        {
            Scheme = uri.Scheme,
            Hostname = uri.IdnHost,
            Port = uri.IsDefaultPort ? null : uri.Port,
            ReplaceFullPath = uri.AbsolutePath,
        };
    }

    private static void ReadRewrite(AnnotationLedger ledger, RuleSettings settings)
    {
        if (ledger.Value(A.RewriteTarget) is not { } target)
            return;
        if (settings.Redirect is not null)
        {
            ledger.NotTranslated(A.RewriteTarget, "The redirect annotation answers every request before any rewrite, so it has no effect: nothing to carry over.");
            return;
        }
        // ingress-nginx treats the paths of an Ingress with rewrite-target as regular expressions.
        settings.UseRegex = true;
        if (CaptureGroup().IsMatch(target))
        {
            if (SecondGroupTarget().Match(target) is { Success: true } prefixForm)
                settings.PrefixRewriteTo = prefixForm.Groups[1].Value.TrimEnd('/') is { Length: > 0 } to ? to : "/";
            else
                ledger.NotTranslated(A.RewriteTarget, CaptureGroupsWhy(target));
            return;
        }
        settings.RewriteFullPath = target;
        ledger.Translated(A.RewriteTarget, $"URLRewrite ReplaceFullPath {target}");
    }

    /// <summary>Settles a <c>&lt;path&gt;/$2</c> rewrite-target once the rules show which paths took it.</summary>
    public static void SettlePrefixRewrite(AnnotationLedger ledger, RuleSettings settings)
    {
        if (settings.PrefixRewriteTo is null || ledger.Value(A.RewriteTarget) is not { } target)
            return;
        if (settings.PrefixNotRewritten.Count == 0)
        {
            ledger.Translated(A.RewriteTarget, $"PathPrefix matches with URLRewrite ReplacePrefixMatch {settings.PrefixRewriteTo}, which does what /$2 did for paths written <prefix>(/|$)(.*)");
            return;
        }
        ledger.NotTranslated(A.RewriteTarget, CaptureGroupsWhy(target) + $" Paths not written <prefix>(/|$)(.*): {string.Join(", ", settings.PrefixNotRewritten)}.");
    }

    private static string CaptureGroupsWhy(string target) =>
        $"The value '{target}' uses capture groups, which URLRewrite cannot fill from a regular expression: for a prefix followed by a group (path /app(/|$)(.*) with /$2) " +
        "write a PathPrefix match /app with URLRewrite ReplacePrefixMatch /; otherwise the backend must accept the original path.";

    private static void ReadRegex(AnnotationLedger ledger, RuleSettings settings)
    {
        if (ledger.IsTrue(A.UseRegex))
        {
            settings.UseRegex = true;
            ledger.Translated(A.UseRegex, "RegularExpression path matches (?i)<path>.*");
        }
    }

    private static void ReadHeaders(AnnotationLedger ledger, RuleSettings settings)
    {
        if (ledger.Value(A.XForwardedPrefix) is { } prefix)
        {
            settings.SetRequestHeaders.Add(new KeyValueDraft { Key = "X-Forwarded-Prefix", Value = prefix });
            ledger.Translated(A.XForwardedPrefix, $"RequestHeaderModifier set X-Forwarded-Prefix: {prefix}");
        }
        if (ledger.Value(A.UpstreamVhost) is { } host)
        {
            settings.SetRequestHeaders.Add(new KeyValueDraft { Key = "Host", Value = host });
            ledger.Translated(A.UpstreamVhost, $"RequestHeaderModifier set Host: {host}");
        }
        if (ledger.Value(A.ConnectionProxyHeader) is { } connection)
        {
            settings.SetRequestHeaders.Add(new KeyValueDraft { Key = "Connection", Value = connection });
            ledger.Translated(A.ConnectionProxyHeader, $"RequestHeaderModifier set Connection: {connection}");
        }
    }

    private static void ReadTimeouts(AnnotationLedger ledger, RuleSettings settings)
    {
        var largest = 0L;
        var read = new List<string>();
        foreach (var key in new[] { A.ProxyConnectTimeout, A.ProxySendTimeout, A.ProxyReadTimeout })
        {
            if (!ledger.Has(key))
                continue;
            if (long.TryParse(ledger.Value(key), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            {
                largest = Math.Max(largest, seconds);
                read.Add(key);
            }
            else
            {
                ledger.NotTranslated(key, $"The value '{ledger.Value(key)}' is not a whole number of seconds, so ingress-nginx ignores it: fix the value, or set the rule's request timeout by hand.");
            }
        }
        if (read.Count == 0)
            return;
        settings.RequestTimeout = DurationText.FromSeconds(largest * 10);
        foreach (var key in read)
            ledger.Translated(key, $"rule timeouts.request {settings.RequestTimeout} (10 × the largest proxy timeout, {largest}s; Gateway API has no per-connection timeouts)");
    }

    private static void ReadAppRoot(AnnotationLedger ledger, RuleSettings settings)
    {
        if (ledger.Value(A.AppRoot) is not { } root)
            return;
        if (!root.StartsWith('/') || root.Contains('$', StringComparison.Ordinal))
        {
            ledger.NotTranslated(A.AppRoot, $"The value '{root}' is not a path on this host, and Gateway API redirects only to a path here: write a RequestRedirect rule for the exact path / by hand.");
            return;
        }
        settings.AppRoot = root;
        ledger.Translated(A.AppRoot, $"a rule for exactly / with RequestRedirect 302 to {root}");
    }

    private static void ReadBackendProtocol(AnnotationLedger ledger)
    {
        if (ledger.Value(A.BackendProtocol) is not { } protocol)
            return;
        switch (protocol.ToUpperInvariant())
        {
            case "HTTP":
            case "AUTO_HTTP":
                ledger.Translated(A.BackendProtocol, "plain HTTP backends, the Gateway API default");
                break;
            case "HTTPS":
                ledger.NotTranslated(A.BackendProtocol, "HTTPS to the backend is a BackendTLSPolicy in Gateway API (v1): create one for each backend Service, with the CA that signs its certificate and its hostname.");
                break;
            case "GRPC":
                ledger.NotTranslated(A.BackendProtocol, "A gRPC backend needs a GRPCRoute, not an HTTPRoute: make a GRPCRoute with the same hostnames, parent and backends, and delete the HTTPRoute made here.");
                break;
            case "GRPCS":
                ledger.NotTranslated(A.BackendProtocol, "A gRPC backend over TLS needs a GRPCRoute and a BackendTLSPolicy: make both with the same hostnames, parent and backends, and delete the HTTPRoute made here.");
                break;
            default:
                ledger.NotTranslated(A.BackendProtocol, $"Gateway API has no {protocol} backends: put an HTTP server in front of the application, or keep this path on an Ingress.");
                break;
        }
    }

    [GeneratedRegex(@"\$(\d|\{)")]
    private static partial Regex CaptureGroup();

    // "/$2", "/v2/$2": a fixed path that ends in '/', then the second group.
    [GeneratedRegex(@"^(/[^$]*/|/)\$2$")]
    private static partial Regex SecondGroupTarget();
}
