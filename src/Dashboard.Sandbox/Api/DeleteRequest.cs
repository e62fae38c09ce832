using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// A DELETE's DeleteOptions: in the body (kubectl, KubernetesClient) or the query
/// (<c>?propagationPolicy=Foreground</c>), validated as apimachinery's ValidateDeleteOptions does.
/// </summary>
internal static class DeleteRequest
{
    private static readonly string[] Policies = ["Foreground", "Background", "Orphan"];

    public static DeleteOptions Read(JsonObject? body, IQueryCollection query, bool queryDryRun)
    {
        var policy = body.StringAt("propagationPolicy") ?? (query["propagationPolicy"].ToString() is { Length: > 0 } q ? q : null);
        var orphan = body.BoolAt("orphanDependents") ?? (bool.TryParse(query["orphanDependents"].ToString(), out var o) ? o : null);
        if (policy is not null && orphan is not null)
        {
            throw Invalid(FieldError.Invalid("propagationPolicy", policy, "orphanDependents and deletionPropagation cannot be both set"));
        }

        PropagationPolicy? propagation = policy switch
        {
            null => orphan switch { true => PropagationPolicy.Orphan, false => PropagationPolicy.Background, null => null },
            "Foreground" => PropagationPolicy.Foreground,
            "Background" => PropagationPolicy.Background,
            "Orphan" => PropagationPolicy.Orphan,
            _ => throw Invalid(FieldError.NotSupported("propagationPolicy", policy, Policies)),
        };
        var preconditions = body.ObjectAt("preconditions");
        return new DeleteOptions
        {
            DryRun = queryDryRun || body.ArrayAt("dryRun")?.Any(v => JsonNodes.AsString(v) == "All") == true,
            PreconditionResourceVersion = preconditions.StringAt("resourceVersion"),
            PreconditionUid = preconditions.StringAt("uid"),
            Propagation = propagation,
        };
    }

    private static ApiException Invalid(FieldError error) =>
        new(422, "Invalid", $"DeleteOptions.meta.k8s.io \"\" is invalid: {error}", new JsonObject
        {
            ["group"] = "meta.k8s.io",
            ["kind"] = "DeleteOptions",
            ["causes"] = new JsonArray(new JsonObject { ["reason"] = error.Reason, ["message"] = error.Message, ["field"] = error.Field }),
        });
}
