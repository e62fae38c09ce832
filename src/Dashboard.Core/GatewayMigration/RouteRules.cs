using System.Text.RegularExpressions;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>The rules of one host group's route: one per path, the canary rules after them.</summary>
internal static partial class RouteRules
{
    public static List<HttpRouteRuleDraft> Of(HostGroup group, RuleSettings settings, MigrationContext context)
    {
        var rules = new List<HttpRouteRuleDraft>();
        var canaryRules = new List<HttpRouteRuleDraft>();
        if (settings.AppRoot is { } root && group.Kind != HostGroupKind.DefaultBackend)
        {
            rules.Add(new HttpRouteRuleDraft
            {
                Matches = [new HttpRouteMatchDraft { PathType = HttpPathTypes.Exact, Path = "/" }],
                Backends = [],
                Redirect = new HttpRedirectDraft { Scheme = null, ReplaceFullPath = root, StatusCode = 302 },
            });
        }
        foreach (var (source, index) in group.Paths.Select((p, i) => (p, i)))
        {
            var rewrite = group.Kind == HostGroupKind.DefaultBackend ? null : PrefixRewrite(source, settings);
            var match = group.Kind == HostGroupKind.DefaultBackend ? null
                : rewrite is not null ? new HttpRouteMatchDraft { PathType = HttpPathTypes.PathPrefix, Path = rewrite }
                : PathMatch(source, settings, context.Report);
            var rewriteFilter = rewrite is null ? null : new HttpUrlRewriteDraft { PathType = "ReplacePrefixMatch", Path = settings.PrefixRewriteTo };
            if (settings.Redirect is not null)
            {
                rules.Add(settings.RedirectRule(match));
                continue;
            }
            var main = Backends.Of(source, context.Request.Ingress.Name, context.Request.ResolvePort, context.Report);
            if (!context.Canaries.TryGetValue((group.Key, index), out var canary))
            {
                rules.Add(settings.BackendRule(match, [main], rewriteFilter));
                continue;
            }
            var config = canary.Config;
            var backends = new List<HttpBackendDraft> { main };
            // Header-only canaries send no traffic by weight; a canary with neither keeps every request on the main Service.
            if (config.ByWeight || !config.ByHeader)
            {
                main.Weight = config.Total - config.Weight;
                backends.Add(Backends.Copy(canary.Backend, config.Weight));
            }
            rules.Add(settings.BackendRule(match, backends, rewriteFilter));
            if (config.ByHeader)
            {
                canaryRules.Add(settings.BackendRule(WithHeader(match, config.Header!, config.HeaderValue ?? "always"), [Backends.Copy(canary.Backend, 1)], rewriteFilter));
                if (config.HeaderValue is null)
                    canaryRules.Add(settings.BackendRule(WithHeader(match, config.Header!, "never"), [Backends.Copy(main, 1)], rewriteFilter));
            }
        }
        rules.AddRange(canaryRules);
        return rules;
    }

    /// <summary>The prefix of a path written <c>&lt;prefix&gt;(/|$)(.*)</c> when the rewrite-target is <c>&lt;path&gt;/$2</c>.</summary>
    private static string? PrefixRewrite(SourcePath source, RuleSettings settings)
    {
        if (settings.PrefixRewriteTo is null)
            return null;
        var form = PrefixThenRest().Match(source.Path.Path);
        if (!form.Success)
        {
            settings.PrefixNotRewritten.Add(source.FieldPath);
            return null;
        }
        return form.Groups[1].Value.Length == 0 ? "/" : form.Groups[1].Value;
    }

    private static HttpRouteMatchDraft PathMatch(SourcePath source, RuleSettings settings, MigrationReport report)
    {
        var path = source.Path.Path.Length == 0 ? "/" : source.Path.Path;
        if (settings.UseRegex)
            return new HttpRouteMatchDraft { PathType = HttpPathTypes.RegularExpression, Path = "(?i)" + path + (path.EndsWith(".*", StringComparison.Ordinal) ? "" : ".*") };
        switch (source.Path.PathType)
        {
            case "Exact":
                return new HttpRouteMatchDraft { PathType = HttpPathTypes.Exact, Path = path };
            case "Prefix":
                return new HttpRouteMatchDraft { PathType = HttpPathTypes.PathPrefix, Path = path };
            default:
                // A prefix of "/" takes every path either way: only a longer one behaves differently.
                if (path != "/")
                    report.Notices.Add($"{source.FieldPath}: pathType {source.Path.PathType} became PathPrefix {path}. " +
                        (path.EndsWith('/')
                            ? $"ingress-nginx matched it as a plain string prefix; a PathPrefix matches whole path segments, so it also takes {path.TrimEnd('/')}."
                            : $"ingress-nginx matched it as a plain string prefix ({path}x matched too); a PathPrefix matches whole path segments only."));
                return new HttpRouteMatchDraft { PathType = HttpPathTypes.PathPrefix, Path = path };
        }
    }

    private static HttpRouteMatchDraft WithHeader(HttpRouteMatchDraft? match, string header, string value) => new()
    {
        PathType = match?.PathType ?? HttpPathTypes.PathPrefix,
        Path = match?.Path ?? "/",
        Headers = [new HttpHeaderMatchDraft { Type = "Exact", Name = header, Value = value }],
    };

    // "/app(/|$)(.*)" with no regular-expression characters (not even a dot) in "/app".
    [GeneratedRegex(@"^((?:/[A-Za-z0-9_~%!&',;=:@-]*)*?)\(/\|\$\)\(\.\*\)$")]
    private static partial Regex PrefixThenRest();
}
