using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// "May I?" (<c>kubectl auth can-i</c>). The sandbox has one user, who may do everything, as
/// cluster-admin under RBAC: allowed, for resources the cluster does not serve as well.
/// </summary>
internal sealed class SelfSubjectAccessReviewKind() : ReviewKind("SelfSubjectAccessReview", "selfsubjectaccessreviews")
{
    protected override JsonObject Decide(JsonObject spec)
    {
        // pkg/apis/authorization/validation: exactly one of the two attribute sets.
        var resource = spec["resourceAttributes"];
        var nonResource = spec["nonResourceAttributes"];
        if (resource is not null && nonResource is not null)
        {
            throw Invalid(FieldError.Invalid("spec.nonResourceAttributes", new RawValue(Go(nonResource)), "cannot be specified in combination with resourceAttributes"));
        }

        if (resource is null && nonResource is null)
        {
            throw Invalid(FieldError.Invalid("spec.resourceAttributes", "null", "exactly one of nonResourceAttributes or resourceAttributes must be specified"));
        }

        return new JsonObject { ["allowed"] = true };
    }

    private ApiException Invalid(FieldError error) => ApiErrors.Invalid(this, string.Empty, [error]);

    /// <summary>Go's <c>%#v</c> of the internal struct, as field.Error prints a bad struct value.</summary>
    private static string Go(JsonNode attributes) =>
        $"authorization.NonResourceAttributes{{Path:{FieldError.Quote((attributes as JsonObject).StringAt("path") ?? string.Empty)}, Verb:{FieldError.Quote((attributes as JsonObject).StringAt("verb") ?? string.Empty)}}}";
}
