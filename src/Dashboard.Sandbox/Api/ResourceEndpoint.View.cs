using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Patching;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Selectors;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

internal sealed partial class ResourceEndpoint
{
    /// <summary>
    /// The verbs on a kind served from another kind's storage (<see cref="StorageView"/>): the same
    /// store calls on the stored kind, every object converted on the way out and every body on the
    /// way in. Selectors are matched on the converted form, so they use the served kind's field names.
    /// </summary>
    private Task ViewAsync(HttpContext context, ResourceRoute route, RequestQuery query, StorageView view)
    {
        var stored = route with { Kind = view.Storage };
        return (context.Request.Method, route.IsCollection) switch
        {
            ("GET", true) when query.Watch => WatchStreamer.StreamAsync(context, store, route, query, watches.Token),
            ("GET", true) => ListViewAsync(context, route, stored, query, view),
            ("GET", false) => WriteViewAsync(context, 200, route, view, store.Get(stored.Kind, stored.StoreNamespace, route.Name!)),
            ("POST", true) when route.Namespace is not null => CreateViewAsync(context, route, stored, query, view),
            ("PUT", false) => ReplaceViewAsync(context, route, stored, query, view),
            ("PATCH", false) => PatchViewAsync(context, route, stored, query, view),
            ("DELETE", false) => DeleteViewAsync(context, route, stored, query, view),
            _ => throw ApiErrors.MethodNotAllowed(context.Request.Method, route.Kind),
        };
    }

    private Task WriteViewAsync(HttpContext context, int code, ResourceRoute route, StorageView view, StoredObject obj) =>
        Responses.WriteObjectAsync(context, code, view.Present(route.Kind, obj), store.Clock.GetUtcNow());

    private Task ListViewAsync(HttpContext context, ResourceRoute route, ResourceRoute stored, RequestQuery query, StorageView view)
    {
        var filter = query.Filter(route.Kind);
        string? after = null;
        if (query.Continue is { } token)
        {
            (var continued, after) = ContinueToken.Decode(token);
            store.CheckContinueRevision(continued);
        }

        var all = store.List(stored.Kind, route.Namespace, ObjectFilter.Everything, null, null);
        var matching = all.Items.Where(o => after is null || string.CompareOrdinal(o.Key, after) > 0)
            .Select(o => view.Present(route.Kind, o)).Where(filter.Matches).ToList();
        var page = query.Limit is > 0 and var limit && matching.Count > limit ? matching.Take(limit).ToList() : matching;
        var meta = new JsonObject { ["resourceVersion"] = all.Revision.ToString(CultureInfo.InvariantCulture) };
        if (page.Count < matching.Count)
        {
            meta["continue"] = ContinueToken.Encode(all.Revision, page[^1].Key);
            meta["remainingItemCount"] = matching.Count - page.Count;
        }

        if (TableRequest.From(context.Request) is { } table)
        {
            return Responses.WriteJsonAsync(context, 200, TableRendering.Render(table, route.Kind, page, meta, store.Clock.GetUtcNow()));
        }

        return Responses.WriteListAsync(context, route.Kind, meta, page);
    }

    private async Task CreateViewAsync(HttpContext context, ResourceRoute route, ResourceRoute stored, RequestQuery query, StorageView view)
    {
        var body = await RequestBody.ReadObjectAsync(context.Request, route.Kind, context.RequestAborted);
        if (body.ObjectAt("metadata").StringAt("namespace") is { Length: > 0 } bodyNamespace && bodyNamespace != route.Namespace)
        {
            throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        var created = store.Create(stored.Kind, stored.StoreNamespace, view.ToStorage(body), query.DryRun);
        await WriteViewAsync(context, 201, route, view, created);
    }

    private async Task ReplaceViewAsync(HttpContext context, ResourceRoute route, ResourceRoute stored, RequestQuery query, StorageView view)
    {
        var body = view.ToStorage(await RequestBody.ReadObjectAsync(context.Request, route.Kind, context.RequestAborted));
        var result = store.Update(stored.Kind, stored.StoreNamespace, route.Name!, _ => body, new WriteOptions { DryRun = query.DryRun, IsReplace = true });
        await WriteViewAsync(context, 200, route, view, result.Object);
    }

    private async Task PatchViewAsync(HttpContext context, ResourceRoute route, ResourceRoute stored, RequestQuery query, StorageView view)
    {
        var mediaType = RequestBody.MediaType(context.Request);
        var patch = await RequestBody.ReadAsync(context.Request, context.RequestAborted)
            ?? throw ApiErrors.BadRequest("the body of the request was empty");
        Func<JsonObject, JsonObject> apply = mediaType switch
        {
            "application/merge-patch+json" => served => MergePatch.Apply(served, AsObject(patch)),
            "application/strategic-merge-patch+json" => served => StrategicMergePatch.Apply(served, AsObject(patch)),
            "application/json-patch+json" => served => JsonPatch.Apply(served, patch as JsonArray ?? throw ApiErrors.BadRequest("a JSON patch must be an array of operations")),
            _ => throw ApiErrors.UnsupportedMediaType(mediaType),
        };
        var result = store.Update(stored.Kind, stored.StoreNamespace, route.Name!,
            existing => view.ToStorage(apply(view.FromStorage(existing!))), new WriteOptions { DryRun = query.DryRun });
        await WriteViewAsync(context, 200, route, view, result.Object);
    }

    private async Task DeleteViewAsync(HttpContext context, ResourceRoute route, ResourceRoute stored, RequestQuery query, StorageView view)
    {
        var options = await RequestBody.ReadAsync(context.Request, context.RequestAborted) as JsonObject;
        var deleted = store.Delete(stored.Kind, stored.StoreNamespace, route.Name!, DeleteRequest.Read(options, context.Request.Query, query.DryRun));
        await Responses.WriteJsonAsync(context, 200, Responses.Success(view.Present(route.Kind, deleted.Object)));
    }
}
