using Dashboard.Sandbox.Errors;

namespace Dashboard.Sandbox.Validation;

/// <summary>The <c>fieldValidation</c> query parameter: what the server does with unknown and duplicate fields.</summary>
internal enum FieldValidationMode
{
    /// <summary>Accept silently.</summary>
    Ignore,

    /// <summary>Accept, with one Warning header per problem: the default when the parameter is absent.</summary>
    Warn,

    /// <summary>Refuse the request.</summary>
    Strict,
}

internal static class FieldValidationModes
{
    /// <summary>
    /// The mode, or the real server's 422 for another value (apimachinery ValidateFieldValidation, reported
    /// against <c>CreateOptions</c>, <c>UpdateOptions</c> or <c>PatchOptions</c>).
    /// </summary>
    public static FieldValidationMode Parse(string? value, string optionsKind) => value switch
    {
        null or "" or "Warn" => FieldValidationMode.Warn,
        "Strict" => FieldValidationMode.Strict,
        "Ignore" => FieldValidationMode.Ignore,
        _ => throw new ApiException(422, "Invalid",
            $"{optionsKind}.meta.k8s.io \"\" is invalid: {FieldError.NotSupported("fieldValidation", value, ["", "Ignore", "Strict", "Warn"])}",
            new System.Text.Json.Nodes.JsonObject
            {
                ["group"] = "meta.k8s.io",
                ["kind"] = optionsKind,
                ["causes"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["reason"] = "FieldValueNotSupported",
                    ["message"] = FieldError.NotSupported("fieldValidation", value, ["", "Ignore", "Strict", "Warn"]).Message,
                    ["field"] = "fieldValidation",
                }),
            }),
    };
}
