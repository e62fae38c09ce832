namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// Why an ingress-nginx annotation that Gateway API cannot express is not carried over, and what to do instead:
/// the Gateway API field that is missing, the policy of an implementation that does it, or the manual step.
/// Families (<c>auth-tls-</c>, <c>limit-</c>, …) share one sentence; any other key gets <see cref="Unknown"/>.
/// </summary>
internal static class NginxAnnotationReasons
{
    private const string Snippet =
        "it is raw nginx configuration, which no Gateway API implementation reads: rewrite what it does with route filters or a policy of your Gateway's implementation";

    // Name after the prefix (exact, or a family when it ends with '-' or '*'), and the sentence.
    private static readonly (string Name, string Why)[] Table =
    [
        ("configuration-snippet", Snippet),
        ("server-snippet", Snippet),
        ("stream-snippet", Snippet),
        ("auth-snippet", Snippet),
        ("modsecurity-snippet", Snippet),
        ("force-ssl-redirect",
            "it redirects to HTTPS even where this Ingress has no certificate, and Gateway API has no such switch: if another listener terminates TLS for these hosts, add an HTTPRoute on the HTTP listener with a RequestRedirect filter (scheme https, 308)"),
        ("ssl-passthrough",
            "passing TLS through to the backend needs a Gateway listener with protocol TLS in Passthrough mode and a TLSRoute instead of an HTTPRoute: create those by hand"),
        ("from-to-www-redirect",
            "the www ⇄ apex redirect needs a second HTTPRoute for the other name with a RequestRedirect filter (hostname, 308): add it by hand"),
        ("server-alias",
            "add the alias names to the route's hostnames (and to the Gateway listener if it limits hostnames): an alias is just another hostname in Gateway API"),
        ("proxy-body-size",
            "Gateway API has no request body limit: Envoy Gateway sets it in a BackendTrafficPolicy (requestBuffer), kgateway in a TrafficPolicy (buffer), Traefik with the Buffering middleware"),
        ("client-body-buffer-size",
            "Gateway API has no request buffering setting: Envoy Gateway sets it in a BackendTrafficPolicy (requestBuffer), kgateway in a TrafficPolicy (buffer)"),
        ("proxy-buffering", "nginx's response buffering has no Gateway API field; the Gateway's proxy buffers by its own rules, so there is usually nothing to do"),
        ("proxy-buffer-size", "nginx's response buffering has no Gateway API field; the Gateway's proxy buffers by its own rules, so there is usually nothing to do"),
        ("proxy-buffers-number", "nginx's response buffering has no Gateway API field; the Gateway's proxy buffers by its own rules, so there is usually nothing to do"),
        ("proxy-max-temp-file-size", "nginx's response buffering has no Gateway API field; the Gateway's proxy buffers by its own rules, so there is usually nothing to do"),
        ("proxy-request-buffering",
            "Gateway API has no request buffering setting: Envoy Gateway sets it in a BackendTrafficPolicy (requestBuffer), kgateway in a TrafficPolicy (buffer)"),
        ("whitelist-source-range",
            "Gateway API has no client address filter: Envoy Gateway does it with a SecurityPolicy (authorization rules on client CIDRs), Traefik with the IPAllowList middleware; or limit the Gateway's load balancer source ranges"),
        ("denylist-source-range",
            "Gateway API has no client address filter: Envoy Gateway does it with a SecurityPolicy (authorization rules with action Deny), Istio with an AuthorizationPolicy"),
        ("affinity",
            "standard Gateway API has no sticky sessions (session persistence is experimental): Envoy Gateway does it with a BackendTrafficPolicy (consistent hash on a cookie), Traefik with sticky cookies on the Service"),
        ("affinity-mode", "it tunes cookie affinity, which standard Gateway API lacks: set stickiness in your Gateway implementation's backend policy"),
        ("affinity-canary-behavior", "it tunes cookie affinity, which standard Gateway API lacks: set stickiness in your Gateway implementation's backend policy"),
        ("session-cookie-", "it tunes cookie affinity, which standard Gateway API lacks: set the cookie in your Gateway implementation's backend policy (Envoy Gateway: BackendTrafficPolicy consistentHash cookie)"),
        ("upstream-hash-by", "Gateway API has no load-balancing algorithm: Envoy Gateway sets consistent hashing in a BackendTrafficPolicy (loadBalancer), Istio in a DestinationRule"),
        ("upstream-hash-by-", "Gateway API has no load-balancing algorithm: Envoy Gateway sets consistent hashing in a BackendTrafficPolicy (loadBalancer), Istio in a DestinationRule"),
        ("load-balance", "Gateway API has no load-balancing algorithm: Envoy Gateway sets it in a BackendTrafficPolicy (loadBalancer), Istio in a DestinationRule"),
        ("auth-tls-",
            "client certificate checks belong to the Gateway's TLS settings (frontend validation with a CA certificate reference), where the implementation supports them: set them on the Gateway by hand"),
        ("auth-type", "basic authentication has no Gateway API field: Envoy Gateway does it with a SecurityPolicy (basicAuth), Traefik with the BasicAuth middleware"),
        ("auth-secret", "basic authentication has no Gateway API field: Envoy Gateway does it with a SecurityPolicy (basicAuth) reading the same htpasswd Secret, Traefik with the BasicAuth middleware"),
        ("auth-secret-type", "basic authentication has no Gateway API field: Envoy Gateway does it with a SecurityPolicy (basicAuth), Traefik with the BasicAuth middleware"),
        ("auth-realm", "basic authentication has no Gateway API field: Envoy Gateway does it with a SecurityPolicy (basicAuth), Traefik with the BasicAuth middleware"),
        ("auth-",
            "external authentication has no Gateway API field: Envoy Gateway does it with a SecurityPolicy (extAuth), Istio with an AuthorizationPolicy (CUSTOM), Traefik with the ForwardAuth middleware"),
        ("enable-global-auth", "external authentication has no Gateway API field: configure it in your Gateway implementation's security policy"),
        ("limit-", "Gateway API has no rate limits: Envoy Gateway sets them in a BackendTrafficPolicy (rateLimit), kgateway in a TrafficPolicy, Traefik with the RateLimit middleware"),
        ("global-rate-limit*", "Gateway API has no rate limits: Envoy Gateway sets global limits in a BackendTrafficPolicy (rateLimit, type Global)"),
        ("enable-cors",
            "the route draft cannot carry a CORS filter yet: add a filter of type CORS to the route by hand (standard since Gateway API 1.5; origins, methods and headers as in the cors-* annotations)"),
        ("cors-", "the route draft cannot carry a CORS filter yet: add a filter of type CORS with this setting to the route by hand (standard since Gateway API 1.5)"),
        ("canary-by-header-pattern",
            "a regular-expression header canary is not translated: add a rule with a RegularExpression header match that sends to the canary Service by hand"),
        ("canary-by-cookie", "Gateway API cannot match a cookie's value: send the canary by a header (an exact header match) or by weight instead"),
        ("proxy-redirect-from", "Gateway API cannot rewrite the Location header of responses: have the backend send the right URL"),
        ("proxy-redirect-to", "Gateway API cannot rewrite the Location header of responses: have the backend send the right URL"),
        ("proxy-cookie-domain", "Gateway API cannot rewrite Set-Cookie headers: have the backend set the right cookie domain"),
        ("proxy-cookie-path", "Gateway API cannot rewrite Set-Cookie headers: have the backend set the right cookie path"),
        ("custom-headers",
            "the headers come from a ConfigMap the route cannot read: copy them into a ResponseHeaderModifier (set) on the route's rules"),
        ("custom-http-errors", "Gateway API has no custom error pages: the Gateway's own error responses are used; Envoy Gateway can replace them with a BackendTrafficPolicy (responseOverride)"),
        ("default-backend", "Gateway API has no fallback Service for error responses: the Gateway's own error responses are used; Envoy Gateway can replace them with a BackendTrafficPolicy (responseOverride)"),
        ("proxy-next-upstream", "retries are experimental in Gateway API (rule retry): Envoy Gateway sets them in a BackendTrafficPolicy (retry)"),
        ("proxy-next-upstream-timeout", "retries are experimental in Gateway API (rule retry): Envoy Gateway sets them in a BackendTrafficPolicy (retry)"),
        ("proxy-next-upstream-tries", "retries are experimental in Gateway API (rule retry): Envoy Gateway sets them in a BackendTrafficPolicy (retry)"),
        ("proxy-ssl-",
            "checking the backend's certificate is a BackendTLSPolicy in Gateway API (CA from this Secret, hostname from proxy-ssl-name): create one for the Service by hand"),
        ("secure-verify-ca-secret", "checking the backend's certificate is a BackendTLSPolicy in Gateway API: create one for the Service with this CA by hand"),
        ("ssl-ciphers", "Gateway API has no cipher list: set TLS options in your Gateway implementation's client policy (Envoy Gateway: ClientTrafficPolicy tls)"),
        ("ssl-prefer-server-ciphers", "Gateway API has no cipher preference: set TLS options in your Gateway implementation's client policy (Envoy Gateway: ClientTrafficPolicy tls)"),
        ("mirror-", "the route draft cannot carry a RequestMirror filter yet: add one to the route's rule by hand (Gateway API RequestMirror, a Service backend)"),
        ("service-upstream", "Gateway implementations choose how they reach a Service (most send to its endpoints): there is nothing to set in Gateway API"),
        ("proxy-http-version", "Gateway API picks the backend protocol from the Service port's appProtocol (kubernetes.io/h2c for HTTP/2): set that on the Service instead"),
        ("preserve-trailing-slash", "Gateway API has no trailing-slash switch: match both forms of the path if the backend needs it"),
        ("http2-push-preload", "HTTP/2 server push is gone from browsers and Gateway API: drop it"),
        ("enable-access-log", "access logs are the Gateway implementation's setting (Envoy Gateway: EnvoyProxy telemetry), not a route's"),
        ("enable-rewrite-log", "nginx's rewrite log has no Gateway API equivalent: drop it"),
        ("enable-opentelemetry", "tracing is the Gateway implementation's setting (Envoy Gateway: EnvoyProxy telemetry), not a route's"),
        ("opentelemetry-", "tracing is the Gateway implementation's setting (Envoy Gateway: EnvoyProxy telemetry), not a route's"),
        ("enable-opentracing", "tracing is the Gateway implementation's setting (Envoy Gateway: EnvoyProxy telemetry), not a route's"),
        ("opentracing-", "tracing is the Gateway implementation's setting (Envoy Gateway: EnvoyProxy telemetry), not a route's"),
        ("enable-modsecurity", "a web application firewall has no Gateway API field: use your implementation's WAF (for example Envoy Gateway with a Wasm or external processing extension)"),
        ("enable-owasp-core-rules", "a web application firewall has no Gateway API field: use your implementation's WAF extension"),
        ("modsecurity-transaction-id", "a web application firewall has no Gateway API field: use your implementation's WAF extension"),
        ("lua-resty-waf*", "a web application firewall has no Gateway API field: use your implementation's WAF extension"),
        ("enable-influxdb", "nginx's InfluxDB metrics have no Gateway API equivalent: use the Gateway implementation's metrics"),
        ("influxdb-", "nginx's InfluxDB metrics have no Gateway API equivalent: use the Gateway implementation's metrics"),
        ("satisfy", "it combines nginx authentication methods, which Gateway API does not have: configure authentication in your implementation's security policy"),
        ("grpc-backend", "a gRPC backend needs a GRPCRoute instead of an HTTPRoute: make a GRPCRoute with the same hostnames and backends"),
        ("secure-backends", "HTTPS to the backend is a BackendTLSPolicy in Gateway API: create one for the Service by hand"),
        ("ssl-redirect", "it is read only when the Ingress has TLS, and this one has none, so it has no effect: nothing to carry over"),
        ("use-regex", "it is not \"true\", so the paths stay plain prefix and exact matches: nothing to carry over"),
    ];

    public static string Why(string key)
    {
        var name = key[NginxAnnotations.Prefix.Length..];
        foreach (var (entry, why) in Table)
        {
            if (entry.EndsWith('*') ? name.StartsWith(entry[..^1], StringComparison.Ordinal) : name == entry)
                return Sentence(why);
        }
        foreach (var (entry, why) in Table.Where(e => e.Name.EndsWith('-')))
        {
            if (name.StartsWith(entry, StringComparison.Ordinal))
                return Sentence(why);
        }
        return Unknown;
    }

    public const string Unknown =
        "Gateway API has no field for this ingress-nginx setting: find the equivalent in your Gateway implementation's policies, or leave it out if nothing depends on it.";

    private static string Sentence(string why) => char.ToUpperInvariant(why[0]) + why[1..] + ".";
}
