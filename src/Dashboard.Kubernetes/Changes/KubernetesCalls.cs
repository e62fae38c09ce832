using Dashboard.Kubernetes.Clusters;
using k8s.Autorest;

namespace Dashboard.Kubernetes.Changes;

/// <summary>Runs API calls so that a refusal by the API server arrives as a <see cref="ApiServerRejectedException"/>.</summary>
internal static class KubernetesCalls
{
    public static async Task<T> RejectedAsAsync<T>(Func<Task<T>> call, string? before = null)
    {
        try
        {
            return await call();
        }
        catch (HttpOperationException e) when (e.Response is not null)
        {
            // "before" says what already happened (a namespace created), so nobody thinks nothing changed.
            var message = KubernetesErrors.StatusMessage(e);
            throw new ApiServerRejectedException((int)e.Response.StatusCode, before is null ? message : $"{before}, but {message}");
        }
        catch (HttpRequestException e) when (KubernetesErrors.Find<Networks.ClusterAddressRefusedException>(e) is { } refused)
        {
            // Refused before connecting: nothing was sent, and the sentence names the setting that decides.
            throw new ApiServerRejectedException(503, before is null ? refused.Message : $"{before}, but {refused.Message}");
        }
        catch (HttpRequestException e)
        {
            // No answer at all (refused, reset, TLS): nothing was stored by this call.
            var message = $"the cluster did not answer ({e.Message}). Check that it is running and reachable, then try again";
            throw new ApiServerRejectedException(503, before is null ? char.ToUpperInvariant(message[0]) + message[1..] + "." : $"{before}, but {message}.");
        }
    }

    public static bool IsStatus(HttpOperationException e, int statusCode) => (int?)e.Response?.StatusCode == statusCode;

    /// <summary>The object is gone: null instead of an exception, for reads that decide what to do next.</summary>
    public static async Task<T?> ReadOrNullAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (HttpOperationException e) when (IsStatus(e, 404))
        {
            return null;
        }
    }
}
