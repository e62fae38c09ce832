using k8s;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>
/// Which versions of gateway.networking.k8s.io a cluster serves, from one discovery request (<c>GET /apis</c>, as
/// kubectl asks) shared by the seven Gateway API kinds of a cluster cache. A cluster without Gateway API then costs
/// one request instead of a 404 per kind and version, and a kind is listed only at versions the cluster serves.
/// </summary>
/// <remarks>
/// An answer is reused for a few seconds: the kinds start together, and a kind that retries later (the CRDs may have
/// been installed meanwhile) asks again. When discovery itself fails the kinds try their versions as before.
/// </remarks>
internal sealed class GatewayApiDiscovery(TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private Task<IReadOnlySet<string>?>? answer;
    private DateTimeOffset askedAt;

    /// <summary>The served versions (empty: the group is not served); null when discovery could not tell.</summary>
    public Task<IReadOnlySet<string>?> ServedVersionsAsync(IKubernetes client, CancellationToken cancellationToken)
    {
        Task<IReadOnlySet<string>?> shared;
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (answer is null || now - askedAt >= Fresh || answer.IsFaulted || answer.IsCanceled)
            {
                askedAt = now;
                // Not the first caller's token: the answer is shared, and one kind stopping must not cancel it for the others.
                answer = AskAsync(client);
            }
            shared = answer;
        }
        return shared.WaitAsync(cancellationToken);
    }

    private static async Task<IReadOnlySet<string>?> AskAsync(IKubernetes client)
    {
        try
        {
            var groups = await client.Apis.GetAPIVersionsAsync();
            var group = groups.Groups?.FirstOrDefault(g => g.Name == GatewayApiGroup.Name);
            return (group?.Versions ?? []).Select(v => v.Version).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is k8s.Autorest.HttpOperationException or HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }
}
