using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;

namespace Dashboard.Kubernetes.Caching;

/// <summary>Sorts what a LIST or WATCH throws into: history expired, API missing, watch merely ended, or a real failure.</summary>
internal static class WatchErrors
{
    /// <summary>
    /// 410 Gone / Expired: the resourceVersion is older than the server keeps (as an HTTP status, or as a watch
    /// ERROR event that KubernetesClient hands to onError as a <see cref="KubernetesException"/>). Only a re-LIST helps.
    /// </summary>
    public static bool IsGone(Exception error) => error switch
    {
        HttpOperationException { Response.StatusCode: HttpStatusCode.Gone } => true,
        KubernetesException { Status: { } status } => status.Code == (int)HttpStatusCode.Gone || status.Reason is "Expired" or "Gone",
        _ => false,
    };

    public static bool IsNotFound(Exception error) =>
        error is HttpOperationException { Response.StatusCode: HttpStatusCode.NotFound };

    /// <summary>
    /// The stream ended rather than failed: KubernetesClient raises <c>HttpRequestException(EndOfStreamException)</c>
    /// for a watch closed cleanly before its first event, an <c>HttpRequestException(IOException)</c> for one cut
    /// before its first event, and an IOException for one cut mid-stream. Not connecting at all is a failure.
    /// </summary>
    public static bool IsEndOfWatch(Exception error) => error switch
    {
        HttpRequestException { InnerException: EndOfStreamException } => true,
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => true,
        HttpRequestException { HttpRequestError: HttpRequestError.Unknown, InnerException: IOException } => true,
        HttpRequestException => false,
        JsonException => true,
        IOException => true,
        _ => false,
    };
}
