namespace Dashboard.Kubernetes.Routes;

/// <summary>One route rule in words for its page (HTTP and gRPC matches and filters; TCP, UDP and TLS rules have backends only).</summary>
/// <param name="Matches">One line per match, e.g. <c>PathPrefix /api, header X-Canary = yes, GET</c>; empty: every request.</param>
/// <param name="Filters">One line per filter, e.g. <c>Redirect to https (301)</c>.</param>
/// <param name="RequestTimeout"><c>timeouts.request</c>, when set.</param>
public sealed record RouteRuleInfo(
    string? Name,
    IReadOnlyList<string> Matches,
    IReadOnlyList<string> Filters,
    IReadOnlyList<RouteBackendInfo> Backends,
    string? RequestTimeout);
