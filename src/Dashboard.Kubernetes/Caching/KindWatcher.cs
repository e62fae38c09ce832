using System.Net;
using Dashboard.Kubernetes.Clusters;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// Keeps one kind of one cluster in its <see cref="KindCache{TView}"/>: LIST in chunks, WATCH from the list's
/// resourceVersion, re-WATCH from the last version seen when a stream ends, re-LIST when the server no longer
/// has that history (410), and back off while the cluster does not answer.
/// </summary>
internal sealed class KindWatcher<T, TView>(
    ResourceSource<T> source, IKindStore<TView> cache, Func<T, TView> project, KindContext context)
    where T : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>A watch that ends this soon without an event may be a server refusing quietly: it is not retried at once.</summary>
    private static readonly TimeSpan QuickEnd = TimeSpan.FromSeconds(5);

    /// <summary>After this many quiet ends in a row, re-LIST: a LIST says plainly whether the cluster still answers.</summary>
    private const int QuietEndsBeforeRelist = 3;

    public async Task RunAsync(CancellationToken stopping)
    {
        var backoff = new Backoff(context.Options.RetryInitialDelay, context.Options.RetryMaxDelay);
        string? resourceVersion = null;
        var quietEnds = 0;
        var listedOnce = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (resourceVersion is null)
                {
                    resourceVersion = await ListAsync(stopping);
                    context.Listed();
                    listedOnce = true;
                    if (source.Optional)
                        cache.ReportProblem(null);
                    backoff.Reset();
                }

                var watch = await WatchAsync(resourceVersion, stopping);
                if (stopping.IsCancellationRequested)
                    return;
                resourceVersion = watch.Gone ? null : watch.ResourceVersion;
                context.Restarting(watch.Gone ? "expired" : watch.Quiet ? "quiet" : "ended");
                if (!watch.Quiet)
                {
                    quietEnds = 0;
                    backoff.Reset();
                    continue;
                }
                if (++quietEnds >= QuietEndsBeforeRelist)
                    resourceVersion = null;
                await context.DelayAsync(backoff.Next(), stopping);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (WatchErrors.IsGone(e))
            {
                context.Restarting("expired");
                resourceVersion = null; // history expired (or a continue token did): start over with a full LIST
            }
            catch (Exception e) when (source.MissingApiIsEmpty && WatchErrors.IsNotFound(e))
            {
                if (!cache.IsEmpty)
                    cache.Replace(KindCache<TView>.CreateBuilder().ToImmutable()); // the API was removed
                context.Listed();
                resourceVersion = null;
                await context.DelayAsync(context.Options.MissingApiRecheck, stopping);
            }
            catch (Exception e)
            {
                context.Restarting("failed");
                var sentence = context.Failed(source.Name, e);
                // A refusal is this kind's own problem; an outage is the cluster's (its status says so) and the
                // last data seen stays shown, as for every other kind.
                if (source.Optional && (OptionalProblem(e) ?? (listedOnce ? null : sentence)) is { } problem)
                    cache.ReportProblem(problem);
                resourceVersion = null;
                await context.DelayAsync(backoff.Next(), stopping);
            }
        }
    }

    /// <summary>The whole kind, page by page; returns the resourceVersion to watch from.</summary>
    private async Task<string> ListAsync(CancellationToken stopping)
    {
        var all = KindCache<TView>.CreateBuilder();
        string? resourceVersion = null;
        string? next = null;
        do
        {
            var chunk = await source.ListAsync(context.Client, next, stopping);
            // The first page's version: a later page may carry a newer one, and watching from the oldest replays
            // anything that changed between pages (applying an event twice is harmless, missing one is not).
            resourceVersion ??= chunk.ResourceVersion;
            foreach (var item in chunk.Items)
                all[KeyOf(item)] = project(item);
            next = chunk.Continue;
        }
        while (!string.IsNullOrEmpty(next));

        cache.Replace(all.ToImmutable());
        return resourceVersion ?? "0";
    }

    private async Task<WatchEnd> WatchAsync(string resourceVersion, CancellationToken stopping)
    {
        Exception? streamError = null;
        var started = context.Clock.GetTimestamp();
        var events = 0;
        try
        {
            await foreach (var (type, item) in source.Watch(context.Client, resourceVersion, e => streamError ??= e, stopping))
            {
                if (item?.Metadata is null)
                    continue;
                events++;
                resourceVersion = item.Metadata.ResourceVersion ?? resourceVersion;
                if (type is WatchEventType.Added or WatchEventType.Modified)
                    cache.Set(KeyOf(item), project(item));
                else if (type is WatchEventType.Deleted)
                    cache.Remove(KeyOf(item));
            }
        }
        catch (Exception e) when (!stopping.IsCancellationRequested && WatchErrors.IsEndOfWatch(e))
        {
            // Closed before the first event or cut mid-stream: resume from the last version seen.
        }

        if (streamError is not null && !WatchErrors.IsGone(streamError))
            throw streamError;
        var quiet = events == 0 && context.Clock.GetElapsedTime(started) < QuickEnd;
        return new WatchEnd(resourceVersion, streamError is not null, quiet && streamError is null);
    }

    /// <summary>
    /// A refusal names the kind: the cluster-wide sentence for a 403 is about the kinds every page needs, while this
    /// one (events forbidden, say) is about one part of a page.
    /// </summary>
    private string? OptionalProblem(Exception error) => error switch
    {
        HttpOperationException { Response.StatusCode: HttpStatusCode.Forbidden } =>
            $"The cluster does not let the dashboard's credentials list {source.Name} (403 Forbidden). " +
            $"Give the user list and watch access to {source.Name}.",
        HttpOperationException { Response.StatusCode: HttpStatusCode.NotFound } =>
            $"The cluster does not serve {source.Name} (404 Not Found), so they cannot be shown.",
        _ => null,
    };

    private static ObjectKey KeyOf(T item) => new(item.Metadata?.NamespaceProperty ?? "", item.Metadata?.Name ?? "");

    private sealed record WatchEnd(string ResourceVersion, bool Gone, bool Quiet);
}
