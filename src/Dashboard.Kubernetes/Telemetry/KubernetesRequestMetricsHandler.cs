using System.Diagnostics;

namespace Dashboard.Kubernetes.Telemetry;

/// <summary>
/// Counts every request a cluster's client sends, and times those that are not watches (a watch stays open for
/// minutes; its duration says nothing). Records the verb, resource and how it ended; never the path, the query or
/// a header, so no object name, token or credential can reach a label.
/// </summary>
internal sealed class KubernetesRequestMetricsHandler(DashboardMetrics metrics, Guid clusterId, string clusterName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var shape = KubernetesRequestShape.Of(request.Method, request.RequestUri);
        var started = Stopwatch.GetTimestamp();
        try
        {
            // For a watch this returns with the response headers, so the count includes watches that later stream for long.
            var response = await base.SendAsync(request, cancellationToken);
            metrics.RecordRequest(clusterId, clusterName, request.Method.Method, shape, (int)response.StatusCode, null, Elapsed(shape, started));
            return response;
        }
        catch (Exception e)
        {
            metrics.RecordRequest(clusterId, clusterName, request.Method.Method, shape, null, ErrorType(e, cancellationToken), Elapsed(shape, started));
            throw;
        }
    }

    private static TimeSpan? Elapsed(KubernetesRequestShape shape, long started) => shape.IsWatch ? null : Stopwatch.GetElapsedTime(started);

    /// <summary>A short, bounded name for a request that got no answer (never the exception's message, which may hold the URL).</summary>
    internal static string ErrorType(Exception error, CancellationToken cancellationToken) => error switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => DashboardMetrics.Canceled,
        OperationCanceledException => "timeout",
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => http.HttpRequestError.ToString(),
        _ => error.GetType().Name,
    };
}
