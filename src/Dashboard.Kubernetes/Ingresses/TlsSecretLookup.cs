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
    /// Asks for each Secret's metadata only, as kubectl's and client-go's metadata clients do: the API server answers
    /// a PartialObjectMetadataList, so no certificate or private key leaves the cluster for a list of names. No plain
    /// JSON fallback is offered: a server that cannot answer that way refuses (406) rather than sending whole Secrets.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> MetadataOnly = new Dictionary<string, IReadOnlyList<string>>
    {
        ["Accept"] = ["application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"],
    };

    /// <summary>The names of the namespace's <c>kubernetes.io/tls</c> secrets, sorted, for the Ingress wizard's TLS step.</summary>
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
            var page = await KubernetesCalls.RejectedAsAsync(() => KubernetesCalls.ReadOrNullAsync(() => NamePageAsync(client, ns, next, cancellationToken)));
            names.AddRange(page?.Names ?? []);
            next = page?.Continue;
        }
        while (!string.IsNullOrEmpty(next));
        return names.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One page. The field selector runs on the server (the type is not part of the metadata); the items of the
    /// PartialObjectMetadataList read as Secrets that carry nothing but their metadata.
    /// </summary>
    private static async Task<NamePage> NamePageAsync(IKubernetes client, string ns, string? next, CancellationToken cancellationToken)
    {
        using var response = await client.CoreV1.ListNamespacedSecretWithHttpMessagesAsync(
            ns, fieldSelector: $"type={TlsSecretType}", limit: PageSize, continueParameter: next, customHeaders: MetadataOnly, cancellationToken: cancellationToken);
        return new NamePage(response.Body.Items.Select(s => s.Metadata.Name).ToList(), response.Body.Metadata?.ContinueProperty);
    }

    private sealed record NamePage(IReadOnlyList<string> Names, string? Continue);
}
