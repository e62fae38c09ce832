using System.Text.Json.Serialization;

namespace Dashboard.Kubernetes.Routes.Models;

/// <summary>One filter of a rule; <c>type</c> says which of the members is set.</summary>
public sealed class V1HttpRouteFilter
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("requestHeaderModifier")]
    public V1HttpHeaderFilter? RequestHeaderModifier { get; set; }

    [JsonPropertyName("responseHeaderModifier")]
    public V1HttpHeaderFilter? ResponseHeaderModifier { get; set; }

    [JsonPropertyName("requestRedirect")]
    public V1HttpRequestRedirectFilter? RequestRedirect { get; set; }

    [JsonPropertyName("urlRewrite")]
    public V1HttpUrlRewriteFilter? UrlRewrite { get; set; }

    [JsonPropertyName("requestMirror")]
    public V1HttpRequestMirrorFilter? RequestMirror { get; set; }
}
