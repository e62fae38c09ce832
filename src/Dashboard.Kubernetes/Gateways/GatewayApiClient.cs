using System.Text.Json;
using Dashboard.Kubernetes.Changes;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>
/// Typed get, create, replace and delete of namespaced gateway.networking.k8s.io objects through the generic
/// custom-object calls, each refusal as an <see cref="ApiServerRejectedException"/> with the server's own message.
/// </summary>
internal static class GatewayApiClient
{
    public static async Task<T> GetAsync<T>(IKubernetes client, string plural, string ns, string name, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> =>
        Parse<T>(await KubernetesCalls.RejectedAsAsync(() =>
            client.CustomObjects.GetNamespacedCustomObjectAsync(GatewayApiGroup.Name, GatewayApiGroup.Version, ns, plural, name, cancellationToken)));

    public static async Task<T> CreateAsync<T>(IKubernetes client, string plural, T obj, bool dryRun, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> =>
        Parse<T>(await KubernetesCalls.RejectedAsAsync(() => client.CustomObjects.CreateNamespacedCustomObjectAsync(
            obj, GatewayApiGroup.Name, GatewayApiGroup.Version, obj.Metadata.NamespaceProperty, plural,
            dryRun: dryRun ? ChangeAudit.DryRunAll : null, cancellationToken: cancellationToken)));

    /// <summary>Not wrapped: the caller runs it inside <see cref="OptimisticUpdate"/>, which needs the raw 409.</summary>
    public static async Task<T> ReplaceAsync<T>(IKubernetes client, string plural, T obj, bool dryRun, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> =>
        Parse<T>(await client.CustomObjects.ReplaceNamespacedCustomObjectAsync(
            obj, GatewayApiGroup.Name, GatewayApiGroup.Version, obj.Metadata.NamespaceProperty, plural, obj.Metadata.Name,
            dryRun: dryRun ? ChangeAudit.DryRunAll : null, cancellationToken: cancellationToken));

    /// <summary>The raw read for <see cref="OptimisticUpdate"/>.</summary>
    public static async Task<T> ReadAsync<T>(IKubernetes client, string plural, string ns, string name, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> =>
        Parse<T>(await client.CustomObjects.GetNamespacedCustomObjectAsync(GatewayApiGroup.Name, GatewayApiGroup.Version, ns, plural, name, cancellationToken));

    public static Task DeleteAsync(IKubernetes client, string plural, string ns, string name, CancellationToken cancellationToken) =>
        KubernetesCalls.RejectedAsAsync(() => client.CustomObjects.DeleteNamespacedCustomObjectAsync(
            GatewayApiGroup.Name, GatewayApiGroup.Version, ns, plural, name, cancellationToken: cancellationToken));

    private static T Parse<T>(object response) =>
        response is JsonElement element
            ? KubernetesJson.Deserialize<T>(element.GetRawText())
            : throw new InvalidOperationException($"The API server answered with a body that is not a JSON object ({response?.GetType().Name ?? "nothing"}).");
}
