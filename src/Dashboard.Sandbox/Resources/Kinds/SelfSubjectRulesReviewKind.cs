using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// "What may I do in this namespace?" (<c>kubectl auth can-i --list</c>): everything, on every
/// resource and every non-resource URL, and the list is complete.
/// </summary>
internal sealed class SelfSubjectRulesReviewKind() : ReviewKind("SelfSubjectRulesReview", "selfsubjectrulesreviews")
{
    protected override JsonObject Decide(JsonObject spec)
    {
        // registry/authorization/selfsubjectrulesreview: the namespace is required.
        if (string.IsNullOrEmpty(spec.StringAt("namespace")))
        {
            throw ApiErrors.BadRequest("no namespace on request");
        }

        return new JsonObject
        {
            ["resourceRules"] = new JsonArray(new JsonObject
            {
                ["verbs"] = new JsonArray("*"),
                ["apiGroups"] = new JsonArray("*"),
                ["resources"] = new JsonArray("*"),
            }),
            ["nonResourceRules"] = new JsonArray(new JsonObject
            {
                ["verbs"] = new JsonArray("*"),
                ["nonResourceURLs"] = new JsonArray("*"),
            }),
            ["incomplete"] = false,
        };
    }
}
