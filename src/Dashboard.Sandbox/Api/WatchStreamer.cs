using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Selectors;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// <c>?watch=true</c>: a chunked application/json stream, one <c>{"type":…,"object":…}</c> per
/// line, flushed per event. Ends on <c>timeoutSeconds</c>, client disconnect, cluster stop or a
/// dropped-watches fault (the <c>ended</c> token covers the last two).
/// </summary>
internal static class WatchStreamer
{
    /// <summary>Events buffered for one watcher before it is cut off as too slow.</summary>
    private const int Capacity = 4096;

    private static readonly byte[] LineEnd = "}\n"u8.ToArray();

    public static async Task StreamAsync(HttpContext context, ObjectStore store, ResourceRoute route, RequestQuery query, CancellationToken ended)
    {
        var filter = query.Filter(route.Kind);

        // A view (events.k8s.io Events) watches its storage kind and filters what it converts.
        var view = route.Kind.StoredAs;
        var table = TableRequest.From(context.Request);
        var partial = PartialMetadataRequest.From(context.Request);
        context.Response.StatusCode = 200;
        context.Response.ContentType = Responses.Json;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, ended);
        if (query.TimeoutSeconds is > 0 and var seconds)
        {
            cancellation.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        WatchStart start;
        try
        {
            start = store.Watch(view?.Storage ?? route.Kind, route.Kind.Namespaced ? route.Namespace : null, view is null ? filter : ObjectFilter.Everything,
                query.ResourceVersion, query.SendInitialEvents, Capacity);
        }
        catch (ApiException expired) when (expired.Code == 410)
        {
            // The real server answers 200 and says it in the stream; clients re-list on it.
            await WriteAsync(context, EventTypes.Error, JsonWire.Bytes(expired.ToStatus()), cancellation.Token);
            return;
        }

        using var subscription = start.Subscription;
        try
        {
            // Headers first: clients wait for them before reading any event.
            await context.Response.StartAsync(cancellation.Token);
            await context.Response.Body.FlushAsync(cancellation.Token);
            foreach (var initial in start.Initial.Select(e => Present(e, route, view, filter)).OfType<WatchEvent>())
            {
                await WriteAsync(context, initial, table, partial, store, cancellation.Token);
            }

            if (query.SendInitialEvents)
            {
                await WriteAsync(context, EventTypes.Bookmark, InitialEventsEnd(route, start.Revision), cancellation.Token);
            }

            await foreach (var change in subscription.Reader.ReadAllAsync(cancellation.Token))
            {
                if (Present(change, route, view, filter) is { } seen)
                {
                    await WriteAsync(context, seen, table, partial, store, cancellation.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // timeoutSeconds elapsed, the client left, the cluster is stopping or watches were dropped: end the stream.
        }
        catch (IOException)
        {
            // The client went away mid-write.
        }
    }

    /// <summary>The event as the route's kind: itself, or for a view the converted object if it matches.</summary>
    private static WatchEvent? Present(WatchEvent change, ResourceRoute route, StorageView? view, ObjectFilter filter)
    {
        if (view is null)
        {
            return change;
        }

        var presented = view.Present(route.Kind, change.Object);
        return filter.Matches(presented) ? change with { Object = presented } : null;
    }

    /// <summary>One event; asked for metadata only (either PartialObjectMetadata kind), each object is a PartialObjectMetadata.</summary>
    private static Task WriteAsync(
        HttpContext context, WatchEvent change, TableRequest? table, PartialMetadataRequest? partial, ObjectStore store, CancellationToken cancellationToken)
    {
        var json = (table, partial) switch
        {
            (_, { } metadata) => JsonWire.Bytes(PartialMetadataRendering.Item(change.Object.Thaw(), metadata.ApiVersion)),
            ({ } rows, _) => JsonWire.Bytes(TableRendering.Render(rows, change.Object.Kind, [change.Object],
                new JsonObject { ["resourceVersion"] = change.Object.ResourceVersion }, store.Clock.GetUtcNow())),
            _ => change.Object.Json,
        };
        return WriteAsync(context, change.Type, json, cancellationToken);
    }

    private static async Task WriteAsync(HttpContext context, string type, ReadOnlyMemory<byte> objectJson, CancellationToken cancellationToken)
    {
        var body = context.Response.Body;
        await body.WriteAsync(Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"object\":"), cancellationToken);
        await body.WriteAsync(objectJson, cancellationToken);
        await body.WriteAsync(LineEnd, cancellationToken);
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>The bookmark that closes the initial events of a <c>sendInitialEvents</c> watch.</summary>
    private static byte[] InitialEventsEnd(ResourceRoute route, long revision) => JsonWire.Bytes(new JsonObject
    {
        ["kind"] = route.Kind.Kind,
        ["apiVersion"] = route.Kind.ApiVersion,
        ["metadata"] = new JsonObject
        {
            ["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture),
            ["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" },
        },
    });
}
