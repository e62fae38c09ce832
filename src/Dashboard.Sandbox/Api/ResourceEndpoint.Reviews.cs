using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources.Kinds;

namespace Dashboard.Sandbox.Api;

internal sealed partial class ResourceEndpoint
{
    /// <summary>
    /// A review kind's one verb: POST to the collection is answered 201 and nothing is stored
    /// (registry/authorization). Any other method is 405, as the real server has no handler for it.
    /// </summary>
    private async Task ReviewAsync(HttpContext context, ResourceRoute route)
    {
        if (context.Request.Method != "POST" || !route.IsCollection || route.Kind is not ReviewKind review)
        {
            throw ApiErrors.MethodNotAllowed(context.Request.Method, route.Kind);
        }

        var body = await RequestBody.ReadObjectAsync(context.Request, route.Kind, context.RequestAborted);
        await Responses.WriteJsonAsync(context, 201, review.Answer(body));
    }
}
