using Dashboard.Core.Routes;

using Mistake = Dashboard.Core.Tests.Drafts.DraftCase<Dashboard.Core.Routes.HttpRouteDraft>;
using Variant = Dashboard.Core.Tests.Drafts.ValidVariant<Dashboard.Core.Routes.HttpRouteDraft>;

namespace Dashboard.Core.Tests.Drafts;

public class HttpRouteDraftValidatorTests
{
    private const string Rule = "Rules[0]";
    private const string Match = "Rules[0].Matches[0]";

    private readonly HttpRouteDraftValidator validator = new(GatewayApiDrafts.Cluster);

    public static TheoryData<Mistake> Invalid { get; } = new(
        new Mistake("a namespace with an underscore", d => d.Namespace = "shop_1", "Namespace", "a lowercase RFC 1123 label"),
        new Mistake("an empty name", d => d.Name = "", "Name", "Give the route a name"),
        new Mistake("a name in capitals", d => d.Name = "Shop", "Name", "Try 'shop'."),
        new Mistake("no parent", d => d.Parents = [], "Parents", "pick the Gateway the route attaches to"),
        new Mistake("a parent without a Gateway", d => d.Parents[0].GatewayName = "", "Parents[0].GatewayName", "Pick the Gateway"),
        new Mistake("a Gateway name in capitals", d => d.Parents[0].GatewayName = "Web", "Parents[0].GatewayName", "Try 'web'."),
        new Mistake("a Gateway namespace with a dot", d => d.Parents[0].GatewayNamespace = "infra.gw", "Parents[0].GatewayNamespace", "a lowercase RFC 1123 label"),
        new Mistake("a listener name with a dot", d => d.Parents[0].ListenerName = "https.1", "Parents[0].ListenerName", "a lowercase RFC 1123 label"),
        new Mistake("the same parent twice", d => d.Parents.Add(new() { GatewayName = "web", ListenerName = "https" }), "Parents[1].ListenerName", "parent 1 is the same Gateway 'web'"),
        new Mistake("custom hostnames without one", d => d.Hostnames = [], "Hostnames", "add at least one hostname"),
        new Mistake("17 hostnames", d => d.Hostnames = Enumerable.Range(1, 17).Select(i => $"h{i}.shop.example").ToList(), "Hostnames", "at most 16"),
        new Mistake("an IP address as hostname", d => d.Hostnames = ["203.0.113.10"], "Hostnames[0]", "must be a DNS name, not an IP address"),
        new Mistake("a hostname with a port", d => d.Hostnames = ["www.shop.example:443"], "Hostnames[0]", "Leave out the port"),
        new Mistake("a URL as hostname", d => d.Hostnames = ["https://www.shop.example/"], "Hostnames[0]", "'www.shop.example'"),
        new Mistake("a wildcard in the middle", d => d.Hostnames = ["www.*.example"], "Hostnames[0]", "A wildcard may only be the whole first label"),
        new Mistake("a hostname twice", d => d.Hostnames.Add("www.shop.example"), "Hostnames[1]", "listed twice"),
        new Mistake("generated with a hostname typed", d => d.HostChoice = RouteHostChoice.Generate, "Hostnames", "a generated hostname is filled in once the Gateway has an address"),
        new Mistake("any host with a hostname typed", d => d.HostChoice = RouteHostChoice.Any, "Hostnames", "with Any the route takes every hostname"),
        new Mistake("no rules", d => d.Rules = [], "Rules", "add at least one rule"),
        new Mistake("17 rules", d => d.Rules = Enumerable.Range(1, 17).Select(i => new HttpRouteRuleDraft { Backends = [GatewayApiDrafts.Backend("web", 80)] }).ToList(), "Rules", "at most 16"),
        new Mistake("nine matches in a rule", d => d.Rules[1].Matches = Enumerable.Range(1, 9).Select(i => new HttpRouteMatchDraft { Path = $"/p{i}" }).ToList(),
            "Rules[1].Matches", "at most 8"),
        new Mistake("a relative path", d => d.Rules[0].Matches[0].Path = "api", $"{Match}.Path", "Start it with '/', for example '/api'"),
        new Mistake("a path with '//'", d => d.Rules[0].Matches[0].Path = "/a//b", $"{Match}.Path", "must not contain '//'"),
        new Mistake("an exact path ending in '/.'", d => d.Rules[1].Matches[0].Path = "/old/.", "Rules[1].Matches[0].Path", "cannot end with '/.'"),
        new Mistake("a path type in lower case", d => d.Rules[0].Matches[0].PathType = "prefix", $"{Match}.PathType", "supported values: \"PathPrefix\""),
        new Mistake("a regular expression that does not compile", d => RegexPath(d, "/api/(v1"), $"{Match}.Path", "the Gateway's controller may use another dialect"),
        new Mistake("a header name with a colon", d => d.Rules[0].Matches[0].Headers[0].Name = "X-Canary:", $"{Match}.Headers[0].Name", "must be an HTTP token"),
        new Mistake("a header name with a space", d => d.Rules[0].Matches[0].Headers[0].Name = "X Canary", $"{Match}.Headers[0].Name", "no spaces"),
        new Mistake("the same header twice in other capitals", d => d.Rules[0].Matches[0].Headers.Add(new() { Name = "x-canary", Value = "yes" }),
            $"{Match}.Headers[1].Name", "header match 1 checks the same header"),
        new Mistake("a header match without a value", d => d.Rules[0].Matches[0].Headers[0].Value = "", $"{Match}.Headers[0].Value", "enter the value header 'X-Canary' must have"),
        new Mistake("a header match type Gateway API does not know", d => d.Rules[0].Matches[0].Headers[0].Type = "Prefix", $"{Match}.Headers[0].Type", "supported values: \"Exact\""),
        new Mistake("a header regular expression that does not compile", d => { d.Rules[0].Matches[0].Headers[0].Type = "RegularExpression"; d.Rules[0].Matches[0].Headers[0].Value = "[a-"; },
            $"{Match}.Headers[0].Value", "not a regular expression"),
        new Mistake("a query parameter name with a space", d => d.Rules[0].Matches[0].QueryParameters.Add(new() { Key = "a b", Value = "1" }),
            $"{Match}.QueryParameters[0].Key", "a query parameter name must be an HTTP token"),
        new Mistake("a method in lower case", d => d.Rules[0].Matches[0].Method = "get", $"{Match}.Method", "Write the method in upper case"),
        new Mistake("a method HTTP does not have", d => d.Rules[0].Matches[0].Method = "FETCH", $"{Match}.Method", "\"PATCH\""),
        new Mistake("a backend without a Service", d => d.Rules[0].Backends[0].ServiceName = "", $"{Rule}.Backends[0].ServiceName", "Pick the Service"),
        new Mistake("a Service name in capitals", d => d.Rules[0].Backends[0].ServiceName = "Api", $"{Rule}.Backends[0].ServiceName", "Try 'api'."),
        new Mistake("a Service the namespace lacks", d => d.Rules[0].Backends[0].ServiceName = "cart", $"{Rule}.Backends[0].ServiceName",
            "Service 'cart' does not exist in namespace 'shop'. Create it first or pick another."),
        new Mistake("a port the Service lacks", d => d.Rules[0].Backends[1].Port = 8080, $"{Rule}.Backends[1].Port", "Service 'web' has no port 8080. Its ports: 80 (http), 443 (https)."),
        new Mistake("a backend without a port", d => d.Rules[0].Backends[0].Port = null, $"{Rule}.Backends[0].Port", "Gateway API refers to Service ports by number only"),
        new Mistake("port 0", d => d.Rules[0].Backends[0].Port = 0, $"{Rule}.Backends[0].Port", "must be between 1 and 65535"),
        new Mistake("a Service namespace with an underscore", d => d.Rules[0].Backends[0].ServiceNamespace = "other_ns", $"{Rule}.Backends[0].ServiceNamespace", "a lowercase RFC 1123 label"),
        new Mistake("a negative weight", d => d.Rules[0].Backends[0].Weight = -1, $"{Rule}.Backends[0].Weight", "between 0 and 1,000,000"),
        new Mistake("a weight over a million", d => d.Rules[0].Backends[0].Weight = 1_000_001, $"{Rule}.Backends[0].Weight", "between 0 and 1,000,000"),
        new Mistake("every weight zero", d => d.Rules[0].Backends.ForEach(b => b.Weight = 0), $"{Rule}.Backends", "Give at least one backend a weight above 0"),
        new Mistake("a rule with neither backend nor redirect", d => d.Rules[0].Backends = [], $"{Rule}.Backends", "add a backend (a Service and its port), or make the rule a redirect"),
        new Mistake("a redirect with backends", d => d.Rules[1].Backends = [GatewayApiDrafts.Backend("web", 80)], "Rules[1].Backends", "A rule that redirects sends nothing to backends"),
        new Mistake("a redirect status Gateway API does not take", d => d.Rules[1].Redirect!.StatusCode = 304, "Rules[1].Redirect.StatusCode", "supported values: 301, 302, 303, 307, 308"),
        new Mistake("a redirect scheme in capitals", d => d.Rules[1].Redirect!.Scheme = "HTTPS", "Rules[1].Redirect.Scheme", "Write it in lower case"),
        new Mistake("a redirect scheme that is not HTTP", d => d.Rules[1].Redirect!.Scheme = "ftp", "Rules[1].Redirect.Scheme", "supported values: \"http\", \"https\""),
        new Mistake("a redirect to a relative path", d => d.Rules[1].Redirect!.ReplaceFullPath = "new", "Rules[1].Redirect.ReplaceFullPath", "Start it with '/'"),
        new Mistake("a redirect port out of range", d => d.Rules[1].Redirect!.Port = 70000, "Rules[1].Redirect.Port", "must be between 1 and 65535"),
        new Mistake("a redirect hostname with a wildcard", d => d.Rules[1].Redirect!.Hostname = "*.shop.example", "Rules[1].Redirect.Hostname", "a lowercase RFC 1123 subdomain"),
        new Mistake("a redirect and a rewrite in one rule", d => d.Rules[1].Rewrite = new() { PathType = "ReplaceFullPath", Path = "/" }, "Rules[1].Rewrite", "cannot both redirect and rewrite"),
        new Mistake("a prefix rewrite on an exact match", d => d.Rules[0].Matches[0].PathType = HttpPathTypes.Exact, $"{Rule}.Rewrite.PathType", "needs exactly one match, of type PathPrefix"),
        new Mistake("a prefix rewrite on two matches", d => d.Rules[0].Matches.Add(new() { Path = "/v2" }), $"{Rule}.Rewrite.PathType", "needs exactly one match"),
        new Mistake("a rewrite path type Gateway API does not know", d => d.Rules[0].Rewrite!.PathType = "ReplacePrefix", $"{Rule}.Rewrite.PathType", "supported values: \"ReplaceFullPath\""),
        new Mistake("a rewrite without its path", d => d.Rules[0].Rewrite!.Path = "", $"{Rule}.Rewrite.Path", "enter the new path"),
        new Mistake("a rewrite that changes nothing", d => d.Rules[0].Rewrite = new(), $"{Rule}.Rewrite.PathType", "The rewrite changes nothing"),
        new Mistake("a header both set and removed", d => d.Rules[0].RequestHeaders!.Remove.Add("x-forwarded-prefix"), $"{Rule}.RequestHeaders.Remove[1]", "is both set and removed"),
        new Mistake("a header set twice", d => d.Rules[0].RequestHeaders!.Set.Add(new() { Key = "X-Forwarded-Prefix", Value = "/b" }), $"{Rule}.RequestHeaders.Set[1].Key", "names the same header"),
        new Mistake("a response header name with a space", d => d.Rules[0].ResponseHeaders = new() { Add = [new() { Key = "Cache Control", Value = "no-store" }] },
            $"{Rule}.ResponseHeaders.Add[0].Key", "must be an HTTP token"),
        new Mistake("a removed header without a name", d => d.Rules[0].RequestHeaders!.Remove[0] = "", $"{Rule}.RequestHeaders.Remove[0]", "enter a header name"),
        new Mistake("a timeout with a space", d => d.Rules[0].RequestTimeout = "10 s", $"{Rule}.RequestTimeout", "For example '10s', '1m30s' or '500ms'"),
        new Mistake("a timeout in days", d => d.Rules[0].RequestTimeout = "1d", $"{Rule}.RequestTimeout", "units h, m, s or ms"),
        new Mistake("a timeout of five pairs", d => d.Rules[0].RequestTimeout = "1h1m1s1ms1s", $"{Rule}.RequestTimeout", "up to four number-unit pairs"),
        new Mistake("a label value with a slash", d => d.Labels[0].Value = "a/b", "Labels[0].Value", "a valid label must be"),
        new Mistake("an ingress-nginx snippet annotation", d => d.Annotations.Add(new() { Key = "nginx.ingress.kubernetes.io/configuration-snippet", Value = "x" }),
            "Annotations[0].Key", "is refused"));

    public static TheoryData<Variant> Valid { get; } = new(
        new Variant("as built", _ => { }),
        new Variant("a generated hostname", d => { d.HostChoice = RouteHostChoice.Generate; d.Hostnames = []; }),
        new Variant("any hostname of the listener", d => { d.HostChoice = RouteHostChoice.Any; d.Hostnames = []; }),
        new Variant("a wildcard hostname", d => d.Hostnames = ["*.shop.example"]),
        new Variant("a parent without a listener", d => d.Parents[0].ListenerName = null),
        new Variant("one Gateway twice through two listeners", d => d.Parents.Add(new() { GatewayName = "web", ListenerName = "http" })),
        new Variant("a regular expression path that is not absolute", d => RegexPath(d, "(?i)/api.*")),
        new Variant("a rule without matches takes every request", d => d.Rules[0].Matches = []),
        new Variant("a canary weight of zero beside a live backend", d => d.Rules[0].Backends[1].Weight = 0),
        new Variant("a weight of a million", d => d.Rules[0].Backends[0].Weight = 1_000_000),
        new Variant("a backend in another namespace is left to the cluster and its ReferenceGrant", d =>
            d.Rules[0].Backends[0] = new() { ServiceName = "payments", ServiceNamespace = "billing", Port = 9000 }),
        new Variant("the route's own namespace named explicitly", d => d.Rules[0].Backends[0].ServiceNamespace = "shop"),
        new Variant("a full-path rewrite on an exact match", d => { d.Rules[0].Matches[0].PathType = HttpPathTypes.Exact; d.Rules[0].Rewrite!.PathType = "ReplaceFullPath"; }),
        new Variant("a hostname-only rewrite", d => d.Rules[0].Rewrite = new() { Hostname = "api.internal.example" }),
        new Variant("a redirect that keeps the scheme and changes host and port", d => d.Rules[1].Redirect = new() { Scheme = null, Hostname = "shop.example", Port = 8443, StatusCode = 308 }),
        new Variant("a set header that is added elsewhere too", d => d.Rules[0].RequestHeaders!.Add.Add(new() { Key = "X-Forwarded-Prefix", Value = "/api" })),
        new Variant("compound timeouts", d => d.Rules[0].RequestTimeout = "1h30m10s500ms"),
        new Variant("no timeout", d => d.Rules[0].RequestTimeout = null));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EachMistakeIsReportedOnceAtItsFieldWithWhatToDo(Mistake mistake) => mistake.ShouldFail(GatewayApiDrafts.Route(), validator);

    [Theory]
    [MemberData(nameof(Valid))]
    public void ValidRoutesPass(Variant variant) => variant.ShouldPass(GatewayApiDrafts.Route(), validator);

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("CONNECT")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("PATCH")]
    public void EveryHttpMethodMayBeMatched(string method)
    {
        var draft = GatewayApiDrafts.Route();
        draft.Rules[0].Matches[0].Method = method;

        validator.Validate(draft).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void WithoutAContextUnknownServicesAreLeftToTheCluster()
    {
        var draft = GatewayApiDrafts.Route();
        draft.Rules[0].Backends[0].ServiceName = "not-created-yet";

        new HttpRouteDraftValidator().Validate(draft).IsValid.ShouldBeTrue();
    }

    private static void RegexPath(HttpRouteDraft draft, string pattern)
    {
        draft.Rules[0].Matches[0].PathType = HttpPathTypes.RegularExpression;
        draft.Rules[0].Matches[0].Path = pattern;
        draft.Rules[0].Rewrite = null;
    }
}
