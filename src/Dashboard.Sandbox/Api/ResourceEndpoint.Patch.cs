using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Patching;
using Dashboard.Sandbox.Store;
using Dashboard.Sandbox.Validation;

namespace Dashboard.Sandbox.Api;

internal sealed partial class ResourceEndpoint
{
    private const string ApplyPatch = "application/apply-patch+yaml";

    /// <summary>
    /// PATCH in its four media types. The patch is applied to the stored object under the store
    /// lock, so concurrent patches never lose each other's changes.
    /// </summary>
    private async Task PatchAsync(HttpContext context, ResourceRoute route, RequestQuery query)
    {
        var mediaType = RequestBody.MediaType(context.Request);
        var validation = FieldValidationModes.Parse(query.FieldValidation, "PatchOptions");
        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted)
            ?? throw ApiErrors.BadRequest("the body of the request was empty");
        var options = new WriteOptions { Target = TargetOf(route), DryRun = query.DryRun };
        Func<JsonObject?, JsonObject> change = mediaType switch
        {
            "application/merge-patch+json" => existing => MergePatch.Apply(existing!, AsObject(body)),
            "application/strategic-merge-patch+json" => existing => StrategicMergePatch.Apply(existing!, AsObject(body)),
            "application/json-patch+json" => existing => JsonPatch.Apply(existing!, body as JsonArray ?? throw ApiErrors.BadRequest("a JSON patch must be an array of operations")),
            ApplyPatch => Apply(route, query, AsObject(body)),
            _ => throw ApiErrors.UnsupportedMediaType(mediaType),
        };
        if (mediaType == ApplyPatch)
        {
            options = options with { CreateIfMissing = options.Target == WriteTarget.Main };
            FieldValidation.CheckApplied(route.Kind, route.StoreNamespace, route.Name!, AsObject(body));
        }
        else
        {
            var patch = change;
            change = existing => Checked(patch(existing));
        }

        JsonObject Checked(JsonObject patched)
        {
            FieldValidation.CheckPatched(context.Response, route.Kind, patched, mediaType, validation);
            return patched;
        }

        var result = store.Update(route.Kind, route.StoreNamespace, route.Name!, change, options);
        await Responses.WriteObjectAsync(context, result.Created ? 201 : 200, result.Object, store.Clock.GetUtcNow());
    }

    /// <summary>
    /// Server-side apply, simplified: the applied configuration is merged into the live object
    /// (or becomes it). Field ownership and conflicts between managers are not tracked.
    /// </summary>
    private static Func<JsonObject?, JsonObject> Apply(ResourceRoute route, RequestQuery query, JsonObject applied)
    {
        if (query.FieldManager is null)
        {
            throw new ApiException(422, "Invalid",
                "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
        }

        if (applied.StringAt("apiVersion") is { } apiVersion && apiVersion != route.Kind.ApiVersion
            || applied.StringAt("kind") is { } kind && kind != route.Kind.Kind)
        {
            throw ApiErrors.BadRequest($"the body of the apply patch must be a {route.Kind.ApiVersion} {route.Kind.Kind}");
        }

        applied["apiVersion"] = route.Kind.ApiVersion;
        applied["kind"] = route.Kind.Kind;
        return existing => existing is null ? (JsonObject)applied.DeepClone() : StrategicMergePatch.Apply(existing, applied);
    }

    private static JsonObject AsObject(JsonNode body) =>
        body as JsonObject ?? throw ApiErrors.BadRequest("the patch must be a JSON object");
}
