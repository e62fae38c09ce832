using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

internal sealed partial class ResourceEndpoint
{
    /// <summary>
    /// <c>PUT /api/v1/namespaces/{name}/finalize</c>: replaces <c>spec.finalizers</c> and nothing
    /// else (registry core/namespace/storage FinalizeREST). The namespace controller removes
    /// <c>kubernetes</c> this way; a Terminating namespace left without finalizers is deleted.
    /// </summary>
    private async Task FinalizeAsync(HttpContext context, ResourceRoute route)
    {
        if (context.Request.Method != "PUT")
        {
            throw ApiErrors.MethodNotAllowed(context.Request.Method, route.Kind);
        }

        var body = await RequestBody.ReadObjectAsync(context.Request, route.Kind, context.RequestAborted);
        var result = store.Update(route.Kind, string.Empty, route.Name!, current =>
        {
            var desired = current!;
            if (body.Spec()?["finalizers"] is { } finalizers)
            {
                desired.EnsureObject("spec")["finalizers"] = finalizers.DeepClone();
            }
            else
            {
                desired.Spec()?.Remove("finalizers");
            }

            desired.Metadata().Remove("resourceVersion");
            if (body.ResourceVersion() is { Length: > 0 } sent)
            {
                desired.Metadata()["resourceVersion"] = sent;
            }

            return desired;
        }, new WriteOptions { IsReplace = true });
        await Responses.WriteObjectAsync(context, 200, result.Object, store.Clock.GetUtcNow());
    }
}
