using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Patching;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

internal sealed partial class ResourceEndpoint
{
    /// <summary>
    /// <c>/scale</c> (autoscaling/v1 Scale) over a workload's <c>spec.replicas</c>, as the apps
    /// registry's ScaleREST serves it: GET reads it, PUT and PATCH (merge, JSON, strategic) write it.
    /// The Scale carries the parent's resourceVersion, so a stale one is a 409 on the parent.
    /// </summary>
    private async Task ScaleAsync(HttpContext context, ResourceRoute route, RequestQuery query)
    {
        var method = context.Request.Method;
        if (method == "GET")
        {
            await Responses.WriteJsonAsync(context, 200, ScaleOf(store.Get(route.Kind, route.StoreNamespace, route.Name!).Thaw()));
            return;
        }

        Func<JsonObject, JsonObject> change;
        if (method == "PUT")
        {
            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted) as JsonObject
                ?? throw ApiErrors.BadRequest("the body of the request must be a Scale object");
            if (body.StringAt("kind") is { } kind && kind != "Scale" || body.StringAt("apiVersion") is { } apiVersion && apiVersion != "autoscaling/v1")
            {
                throw ApiErrors.BadRequest($"the body of the request must be an autoscaling/v1 Scale, not {body.StringAt("apiVersion")} {body.StringAt("kind")}");
            }

            change = _ => body;
        }
        else if (method == "PATCH")
        {
            var mediaType = RequestBody.MediaType(context.Request);
            var patch = await RequestBody.ReadAsync(context.Request, context.RequestAborted)
                ?? throw ApiErrors.BadRequest("the body of the request was empty");
            change = mediaType switch
            {
                "application/merge-patch+json" => scale => MergePatch.Apply(scale, AsObject(patch)),
                "application/strategic-merge-patch+json" => scale => StrategicMergePatch.Apply(scale, AsObject(patch)),
                "application/json-patch+json" => scale => JsonPatch.Apply(scale, patch as JsonArray ?? throw ApiErrors.BadRequest("a JSON patch must be an array of operations")),
                _ => throw ApiErrors.UnsupportedMediaType(mediaType),
            };
        }
        else
        {
            throw ApiErrors.MethodNotAllowed(method, route.Kind);
        }

        var result = store.Update(route.Kind, route.StoreNamespace, route.Name!, existing =>
        {
            var parent = existing!;
            var scale = change(ScaleOf(parent));
            var replicas = scale.ObjectAt("spec")?["replicas"];
            var count = JsonNodes.AsLong(replicas);
            if (count is null or < 0 || count > int.MaxValue)
            {
                var shown = count is { } n ? (object)n : new RawValue(replicas?.ToJsonString() ?? "null");
                throw new ApiException(422, "Invalid", $"Scale.autoscaling \"{route.Name}\" is invalid: spec.replicas: Invalid value: {FieldError.Quote(shown)}: must be greater than or equal to 0",
                    new JsonObject { ["name"] = route.Name, ["group"] = "autoscaling", ["kind"] = "Scale" });
            }

            // The Scale's resourceVersion stands for the parent's: the store turns a stale one into a 409.
            parent.Metadata()["resourceVersion"] = scale.ObjectAt("metadata").StringAt("resourceVersion");
            parent.EnsureObject("spec")["replicas"] = count;
            return parent;
        }, new WriteOptions { DryRun = query.DryRun });
        await Responses.WriteJsonAsync(context, 200, ScaleOf(result.Object.Thaw()));
    }

    /// <summary>The Scale view of a workload: its identity and resourceVersion, desired and observed replicas, the selector as a string.</summary>
    private static JsonObject ScaleOf(JsonObject parent)
    {
        var meta = parent.ObjectAt("metadata");
        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = meta.StringAt("name"),
                ["namespace"] = meta.StringAt("namespace"),
                ["uid"] = meta.StringAt("uid"),
                ["resourceVersion"] = meta.StringAt("resourceVersion"),
                ["creationTimestamp"] = meta.StringAt("creationTimestamp"),
            },
            ["spec"] = new JsonObject { ["replicas"] = parent.Spec().LongAt("replicas") ?? 1 },
            ["status"] = new JsonObject
            {
                ["replicas"] = parent.Status().LongAt("replicas") ?? 0,
                ["selector"] = LabelSelectorText.Format(parent.Spec().ObjectAt("selector")),
            },
        };
    }
}
