using System.Threading.Channels;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>
/// A KubernetesClient watch on one namespace's ConfigMaps, running in the background, so a test
/// can act on the cluster and then see what the stream did: events, Status errors, how it ended.
/// </summary>
public sealed class ConfigMapWatch : IAsyncDisposable
{
    private readonly Channel<(WatchEventType Type, V1ConfigMap Object)> events = Channel.CreateUnbounded<(WatchEventType, V1ConfigMap)>();
    private readonly CancellationTokenSource stop;
    private readonly Kubernetes client;
    private readonly string ns;

    private ConfigMapWatch(Kubernetes client, string ns, string? resourceVersion, CancellationToken cancellationToken)
    {
        this.client = client;
        this.ns = ns;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Ended = Task.Run(async () =>
        {
            await foreach (var change in client.CoreV1.WatchListNamespacedConfigMapAsync(ns, resourceVersion: resourceVersion, onError: Errors.Add, cancellationToken: stop.Token))
            {
                await events.Writer.WriteAsync(change, stop.Token);
            }
        }, stop.Token);
    }

    /// <summary>Status errors (410 Gone…) the stream carried as ERROR events.</summary>
    public List<Exception> Errors { get; } = [];

    /// <summary>Completes when the stream ends: cleanly, or faulted when the connection broke.</summary>
    public Task Ended { get; }

    public static ConfigMapWatch Start(Kubernetes client, string ns, CancellationToken cancellationToken, string? resourceVersion = null) =>
        new(client, ns, resourceVersion, cancellationToken);

    /// <summary>Creates a ConfigMap and waits for its ADDED event: from then on the stream is known to be open.</summary>
    public async Task EstablishAsync(string name, CancellationToken cancellationToken)
    {
        await client.CoreV1.CreateNamespacedConfigMapAsync(Objects.ConfigMap(name), ns, cancellationToken: cancellationToken);
        var (type, obj) = await NextAsync(cancellationToken);
        (type, obj.Metadata.Name).ShouldBe((WatchEventType.Added, name));
    }

    public async Task<(WatchEventType Type, V1ConfigMap Object)> NextAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        return await events.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Whether the stream ended within <paramref name="within"/>; an end by exception counts.</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan within)
    {
        var finished = await Task.WhenAny(Ended, Task.Delay(within));
        return finished == Ended;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Ended;
        }
        catch (Exception)
        {
            // Cancelled or broken: either way the test has already looked at it.
        }

        stop.Dispose();
    }
}
