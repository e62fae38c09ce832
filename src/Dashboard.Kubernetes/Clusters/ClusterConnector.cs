using Dashboard.Kubernetes.Kubeconfigs;
using Dashboard.Kubernetes.Networks;
using Dashboard.Kubernetes.Telemetry;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>Connection tests: version and node count, within a few seconds, never throwing for a bad cluster.</summary>
public sealed class ClusterConnector(ILogger<ClusterConnector> logger, ClusterAddressPolicy policy)
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(8);

    /// <exception cref="KubeconfigRejectedException">the kubeconfig is refused before anything is sent.</exception>
    public async Task<ClusterProbe> ProbeAsync(string kubeconfigYaml, string? contextName, CancellationToken cancellationToken)
    {
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfigYaml, contextName);
        using var client = KubernetesClientFactory.Create(sanitized.Yaml, sanitized.ContextName, policy);
        return await ProbeAsync(client, sanitized.ServerUrl, cancellationToken);
    }

    public async Task<ClusterProbe> ProbeAsync(IKubernetes client, string serverUrl, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var span = DashboardTracing.Source.StartActivity("cluster.probe");
        try
        {
            var version = await client.Version.GetCodeAsync(timeout.Token);
            var nodes = await client.CoreV1.ListNodeAsync(cancellationToken: timeout.Token);
            var detected = QuickProviderDetection.Detect(nodes.Items, await NamespaceNamesAsync(client, timeout.Token));
            return new ClusterProbe(true, version.GitVersion, nodes.Items.Count, null, detected);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            // The exception text can include the URL but never the kubeconfig; log the type only to stay certain.
            logger.LogInformation("Cluster at {Server} did not answer a probe: {ErrorType}", serverUrl, e.GetType().Name);
            return ClusterProbe.Failed(KubernetesErrors.Describe(e, serverUrl));
        }
    }

    /// <summary>Namespace names for detection (MetalLB's namespace); credentials that may not list them detect from nodes alone.</summary>
    private static async Task<IReadOnlyList<string>> NamespaceNamesAsync(IKubernetes client, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.CoreV1.ListNamespaceAsync(cancellationToken: cancellationToken)).Items.Select(n => n.Name()).ToArray();
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.Forbidden)
        {
            return [];
        }
    }
}
