using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.OpenApi;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Validation;

/// <summary>
/// Server-side field validation (apiserver endpoints/handlers create.go, update.go, patch.go): unknown and
/// duplicate fields refused under Strict, reported as Warning headers under Warn, let through under Ignore.
/// The fields are checked against the same schemas the OpenAPI documents serve.
/// </summary>
internal static class FieldValidation
{
    /// <summary>
    /// A POST or PUT body, from its raw text when that is JSON (duplicates are visible only there), else
    /// from its parsed form: 400 BadRequest under Strict. Protobuf bodies are not checked: their decoder knows
    /// only the declared fields.
    /// </summary>
    public static void CheckBody(HttpContext context, ResourceKind kind, string? text, JsonObject body, FieldValidationMode mode)
    {
        if (mode == FieldValidationMode.Ignore || Api.RequestBody.MediaType(context.Request) == "application/vnd.kubernetes.protobuf")
        {
            return;
        }

        var response = context.Response;

        var problems = StrictDecoding.Problems(text ?? body.ToJsonString(), KindSchemas.For(kind));
        Report(response, problems, mode, () => ApiErrors.BadRequest(
            $"{kind.Kind} in version \"{kind.Version}\" cannot be handled as a {kind.Kind}: strict decoding error: {string.Join(", ", problems)}"));
    }

    /// <summary>
    /// A merge, strategic merge or JSON patch's result: 422 Invalid under Strict, with the patched object
    /// as the value (the JSON for merge and JSON patches, Go's map for strategic merge, as patch.go prints them).
    /// </summary>
    public static void CheckPatched(HttpResponse response, ResourceKind kind, JsonObject patched, string mediaType, FieldValidationMode mode)
    {
        if (mode == FieldValidationMode.Ignore)
        {
            return;
        }

        var problems = StrictDecoding.Problems(JsonWire.Bytes(patched), KindSchemas.For(kind));
        Report(response, problems, mode, () =>
        {
            var value = mediaType == "application/strategic-merge-patch+json" ? GoValue.Format(patched) : System.Text.Encoding.UTF8.GetString(JsonWire.Bytes(patched));
            var error = FieldError.Invalid("patch", value, $"strict decoding error: {string.Join(", ", problems)}");
            return new ApiException(422, "Invalid", $" \"\" is invalid: {error}", new JsonObject
            {
                ["causes"] = new JsonArray(new JsonObject { ["reason"] = error.Reason, ["message"] = error.Message, ["field"] = error.Field }),
            });
        });
    }

    /// <summary>
    /// Server-side apply builds a typed object from the applied configuration whatever the directive, and an
    /// undeclared field fails that with a 500 (apimachinery managedfields structuredmerge.go).
    /// </summary>
    public static void CheckApplied(ResourceKind kind, string ns, string name, JsonObject applied)
    {
        var unknown = StrictDecoding.Problems(JsonWire.Bytes(applied), KindSchemas.For(kind))
            .Where(p => p.StartsWith("unknown field ", StringComparison.Ordinal))
            .Select(p => "." + p["unknown field \"".Length..^1] + ": field not declared in schema")
            .ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var gvk = $"{kind.Group}/{kind.Version}, Kind={kind.Kind}";
        var detail = unknown.Count == 1 ? unknown[0] : "errors:\n  " + string.Join("\n  ", unknown);
        throw new ApiException(500, string.Empty, $"failed to create typed patch object ({(kind.Namespaced ? ns : string.Empty)}/{name}; {gvk}): {detail}");
    }

    private static void Report(HttpResponse response, IReadOnlyList<string> problems, FieldValidationMode mode, Func<ApiException> strict)
    {
        if (problems.Count == 0)
        {
            return;
        }

        if (mode == FieldValidationMode.Strict)
        {
            throw strict();
        }

        foreach (var problem in problems.Distinct(StringComparer.Ordinal))
        {
            // k8s.io/apiserver warning headers: code 299, agent "-", the text quoted as Go's strconv.Quote does.
            response.Headers.Append("Warning", $"299 - {FieldError.Quote(problem)}");
        }
    }
}
