using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// A create-only kind of <c>authorization.k8s.io</c>: a POST is a question, answered at once
/// (201, the spec echoed with a status) and never stored, so get, list, watch and delete are 405.
/// </summary>
internal abstract class ReviewKind(string kind, string plural) : ResourceKind(ResourceCatalog.AuthorizationGroup, kind, plural, namespaced: false)
{
    private static readonly string[] CreateOnly = ["create"];

    public override IReadOnlyList<string> Verbs => CreateOnly;

    /// <summary>The answer to <paramref name="request"/>; bad requests throw the real server's Status.</summary>
    public JsonObject Answer(JsonObject request)
    {
        var spec = request.Spec()?.DeepClone() as JsonObject ?? new JsonObject();
        var status = Decide(spec);
        return new JsonObject
        {
            ["kind"] = Kind,
            ["apiVersion"] = ApiVersion,

            // An object never stored has no creation time; Go writes the zero time as null.
            ["metadata"] = new JsonObject { ["creationTimestamp"] = null },
            ["spec"] = spec,
            ["status"] = status,
        };
    }

    protected abstract JsonObject Decide(JsonObject spec);
}
