using System.Globalization;
using Dashboard.Kubernetes.Routes.Models;

namespace Dashboard.Kubernetes.Routes;

/// <summary>Route rules in words: one line per match and per filter, for the route's page.</summary>
internal static class RuleText
{
    public static RouteRuleInfo Of(V1HttpRouteRule rule, string routeNamespace) => new(
        rule.Name,
        (rule.Matches ?? []).Select(Match).ToArray(),
        (rule.Filters ?? []).Select(Filter).ToArray(),
        RouteConversion.Backends(rule.BackendRefs, routeNamespace),
        rule.Timeouts?.Request);

    public static RouteRuleInfo Of(V1GrpcRouteRule rule, string routeNamespace) => new(
        rule.Name,
        (rule.Matches ?? []).Select(Match).ToArray(),
        [],
        RouteConversion.Backends(rule.BackendRefs, routeNamespace),
        null);

    private static string Match(V1HttpRouteMatch match)
    {
        var parts = new List<string> { $"{match.Path?.Type ?? "PathPrefix"} {match.Path?.Value ?? "/"}" };
        parts.AddRange((match.Headers ?? []).Select(h => Pair("header", h)));
        parts.AddRange((match.QueryParams ?? []).Select(q => Pair("query", q)));
        if (!string.IsNullOrEmpty(match.Method))
            parts.Add(match.Method);
        return string.Join(", ", parts);
    }

    private static string Match(V1GrpcRouteMatch match)
    {
        var parts = new List<string>();
        if (match.Method is { } method)
            parts.Add($"method {method.Service ?? "*"}/{method.Method ?? "*"}" + (method.Type == "RegularExpression" ? " (regular expression)" : ""));
        parts.AddRange((match.Headers ?? []).Select(h => Pair("header", h)));
        return parts.Count == 0 ? "every call" : string.Join(", ", parts);
    }

    private static string Pair(string what, V1HeaderMatch match) =>
        match.Type == "RegularExpression" ? $"{what} {match.Name} ~ {match.Value}" : $"{what} {match.Name} = {match.Value}";

    private static string Filter(V1HttpRouteFilter filter) => filter.Type switch
    {
        "RequestRedirect" when filter.RequestRedirect is { } r => Redirect(r),
        "URLRewrite" when filter.UrlRewrite is { } r => Rewrite(r),
        "RequestHeaderModifier" when filter.RequestHeaderModifier is { } h => Headers("Request headers", h),
        "ResponseHeaderModifier" when filter.ResponseHeaderModifier is { } h => Headers("Response headers", h),
        "RequestMirror" when filter.RequestMirror is { } m => $"Mirror to {m.BackendRef.Name}" + Port(m.BackendRef.Port),
        _ => filter.Type,
    };

    private static string Redirect(V1HttpRequestRedirectFilter redirect)
    {
        var target = new List<string>();
        if (redirect.Scheme is { } scheme)
            target.Add(scheme);
        if (redirect.Hostname is { } host)
            target.Add("host " + host);
        if (redirect.Port is { } port)
            target.Add("port " + port.ToString(CultureInfo.InvariantCulture));
        if (PathText(redirect.Path) is { } path)
            target.Add(path);
        var code = (redirect.StatusCode ?? 302).ToString(CultureInfo.InvariantCulture);
        return target.Count == 0 ? $"Redirect ({code})" : $"Redirect to {string.Join(", ", target)} ({code})";
    }

    private static string Rewrite(V1HttpUrlRewriteFilter rewrite)
    {
        var parts = new List<string>();
        if (rewrite.Hostname is { } host)
            parts.Add("host " + host);
        if (PathText(rewrite.Path) is { } path)
            parts.Add(path);
        return "Rewrite " + (parts.Count == 0 ? "(nothing)" : string.Join(", ", parts));
    }

    private static string? PathText(V1HttpPathModifier? path) => path?.Type switch
    {
        "ReplaceFullPath" => "path " + path.ReplaceFullPath,
        "ReplacePrefixMatch" => "prefix " + path.ReplacePrefixMatch,
        _ => null,
    };

    private static string Headers(string what, V1HttpHeaderFilter headers)
    {
        var parts = new List<string>();
        parts.AddRange((headers.Set ?? []).Select(h => $"set {h.Name}: {h.Value}"));
        parts.AddRange((headers.Add ?? []).Select(h => $"add {h.Name}: {h.Value}"));
        parts.AddRange((headers.Remove ?? []).Select(h => $"remove {h}"));
        return $"{what}: {string.Join(", ", parts)}";
    }

    private static string Port(int? port) => port is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : "";
}
