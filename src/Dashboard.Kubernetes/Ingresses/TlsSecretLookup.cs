using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using k8s;

namespace Dashboard.Kubernetes.Ingresses;

/// <summary>The namespace's TLS secrets by name, for the Ingress wizard's TLS step.</summary>
public sealed class TlsSecretLookup(ClusterClients clients)
{
    private const int PageSize = 500;

    public const string TlsSecretType = "kubernetes.io/tls";

    /// <summary>
    /// The names of the namespace's <c>kubernetes.io/tls</c> secrets, sorted, for the Ingress wizard's TLS step. Only
    /// the names leave this method: the certificates and keys the API server sends along are dropped right here,
    /// never returned, logged or shown.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">the API server refused the read (403 when the cluster's user may not list secrets).</exception>
    public async Task<IReadOnlyList<string>> TlsSecretNamesAsync(Guid clusterId, string ns, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var names = new List<string>();
        string? next = null;
        do
        {
            var page = await KubernetesCalls.RejectedAsAsync(() => KubernetesCalls.ReadOrNullAsync(() => client.CoreV1.ListNamespacedSecretAsync(
                ns, fieldSelector: $"type={TlsSecretType}", limit: PageSize, continueParameter: next, cancellationToken: cancellationToken)));
            names.AddRange((page?.Items ?? []).Select(s => s.Metadata.Name));
            next = page?.Metadata?.ContinueProperty;
        }
        while (!string.IsNullOrEmpty(next));
        return names.Order(StringComparer.Ordinal).ToList();
    }
}
