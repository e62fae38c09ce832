using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Store;
using Dashboard.Sandbox.Validation;

namespace Dashboard.Sandbox.Api;

/// <summary>The verbs on any resource URL, one generic engine for every kind.</summary>
internal sealed partial class ResourceEndpoint(ObjectStore store, WatchCutoff watches)
{
    public Task HandleAsync(HttpContext context, ResourceRoute route)
    {
        var query = new RequestQuery(context.Request.Query);
        var method = context.Request.Method;
        if (route.Subresource == "scale")
        {
            return ScaleAsync(context, route, query);
        }

        if (route.Kind.StoredAs is { } view)
        {
            return ViewAsync(context, route, query, view);
        }

        return (method, route.IsCollection) switch
        {
            _ when route.Kind.IsCreateOnly => ReviewAsync(context, route),
            _ when route.Subresource == "finalize" => FinalizeAsync(context, route),
            ("GET", true) when query.Watch => WatchStreamer.StreamAsync(context, store, route, query, watches.Token),
            ("GET", true) => ListAsync(context, route, query),
            ("GET", false) => GetAsync(context, route),
            ("POST", true) when route.Namespace is not null || !route.Kind.Namespaced => CreateAsync(context, route, query),
            ("PUT", false) => ReplaceAsync(context, route, query),
            ("PATCH", false) => PatchAsync(context, route, query),
            ("DELETE", false) => DeleteAsync(context, route, query),
            _ => throw ApiErrors.MethodNotAllowed(method, route.Kind),
        };
    }

    private Task GetAsync(HttpContext context, ResourceRoute route) =>
        Responses.WriteObjectAsync(context, 200, store.Get(route.Kind, route.StoreNamespace, route.Name!), store.Clock.GetUtcNow());

    private Task ListAsync(HttpContext context, ResourceRoute route, RequestQuery query)
    {
        string? after = null;
        if (query.Continue is { } token)
        {
            (var revision, after) = ContinueToken.Decode(token);
            store.CheckContinueRevision(revision);
        }

        var page = store.List(route.Kind, route.Kind.Namespaced ? route.Namespace : null, query.Filter(route.Kind), query.Limit, after);
        var meta = new JsonObject { ["resourceVersion"] = page.Revision.ToString(CultureInfo.InvariantCulture) };
        if (page.LastKey is not null)
        {
            meta["continue"] = ContinueToken.Encode(page.Revision, page.LastKey);
            meta["remainingItemCount"] = page.Remaining;
        }

        if (TableRequest.From(context.Request) is { } table)
        {
            return Responses.WriteJsonAsync(context, 200, TableRendering.Render(table, route.Kind, page.Items, meta, store.Clock.GetUtcNow()));
        }

        return Responses.WriteListAsync(context, route.Kind, meta, page.Items);
    }

    private async Task CreateAsync(HttpContext context, ResourceRoute route, RequestQuery query)
    {
        var validation = FieldValidationModes.Parse(query.FieldValidation, "CreateOptions");
        var text = await RequestBody.PeekJsonTextAsync(context.Request, context.RequestAborted);
        var body = await RequestBody.ReadObjectAsync(context.Request, route.Kind, context.RequestAborted);
        FieldValidation.CheckBody(context, route.Kind, text, body, validation);
        var bodyNamespace = body.ObjectAt("metadata").StringAt("namespace");
        if (route.Kind.Namespaced && !string.IsNullOrEmpty(bodyNamespace) && bodyNamespace != route.Namespace)
        {
            throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        var created = store.Create(route.Kind, route.StoreNamespace, body, query.DryRun);
        await Responses.WriteObjectAsync(context, 201, created, store.Clock.GetUtcNow());
    }

    private async Task ReplaceAsync(HttpContext context, ResourceRoute route, RequestQuery query)
    {
        var validation = FieldValidationModes.Parse(query.FieldValidation, "UpdateOptions");
        var text = await RequestBody.PeekJsonTextAsync(context.Request, context.RequestAborted);
        var body = await RequestBody.ReadObjectAsync(context.Request, route.Kind, context.RequestAborted);
        FieldValidation.CheckBody(context, route.Kind, text, body, validation);
        var options = new WriteOptions { Target = TargetOf(route), DryRun = query.DryRun, IsReplace = true };
        var result = store.Update(route.Kind, route.StoreNamespace, route.Name!, _ => body, options);
        await Responses.WriteObjectAsync(context, 200, result.Object, store.Clock.GetUtcNow());
    }

    private async Task DeleteAsync(HttpContext context, ResourceRoute route, RequestQuery query)
    {
        // DeleteOptions may come in the body (kubectl, KubernetesClient) or the query.
        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted) as JsonObject;
        var result = store.Delete(route.Kind, route.StoreNamespace, route.Name!, DeleteRequest.Read(body, context.Request.Query, query.DryRun));

        // An object kept by finalizers is answered as it now is (registry/generic/registry/store.go).
        if (route.Kind.ReturnsObjectOnDelete || !result.Deleted)
        {
            await Responses.WriteObjectAsync(context, 200, result.Object, store.Clock.GetUtcNow());
        }
        else
        {
            await Responses.WriteJsonAsync(context, 200, Responses.Success(result.Object));
        }
    }

    private static WriteTarget TargetOf(ResourceRoute route) =>
        route.Subresource == "status" ? WriteTarget.Status : WriteTarget.Main;
}
