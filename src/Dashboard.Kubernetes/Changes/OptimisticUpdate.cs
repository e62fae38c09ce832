using k8s.Autorest;

namespace Dashboard.Kubernetes.Changes;

/// <summary>
/// Read, change, replace with the read resourceVersion; when someone else wrote in between (409 Conflict), read
/// again and redo the change on their version. Never a blind write: a concurrent change is kept, not overwritten.
/// </summary>
internal static class OptimisticUpdate
{
    public const int Retries = 3;

    /// <param name="attempt">One read-change-replace; must read afresh each time it is called.</param>
    /// <param name="what">Names the object for the message when every retry met a conflict.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, string what)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt();
            }
            catch (HttpOperationException e) when (KubernetesCalls.IsStatus(e, 409) && retry < Retries)
            {
                // Someone changed it since we read it: go round again on their version.
            }
            catch (HttpOperationException e) when (KubernetesCalls.IsStatus(e, 409))
            {
                throw new ApiServerRejectedException(409,
                    $"{what} kept changing while it was being updated ({Retries + 1} attempts met a newer version); nothing was overwritten. Try again.");
            }
        }
    }
}
