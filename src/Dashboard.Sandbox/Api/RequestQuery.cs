using System.Globalization;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Selectors;

namespace Dashboard.Sandbox.Api;

/// <summary>The query parameters of the Kubernetes API that the emulator honours.</summary>
internal sealed class RequestQuery(IQueryCollection query)
{
    public bool Watch => query["watch"].ToString() is "true" or "1";

    public string? ResourceVersion => Optional("resourceVersion");

    public string? Continue => Optional("continue");

    public string? FieldManager => Optional("fieldManager");

    /// <summary>The raw <c>fieldValidation</c>; <see cref="Validation.FieldValidationModes.Parse"/> reads it per verb.</summary>
    public string? FieldValidation => query["fieldValidation"].Count == 0 ? null : query["fieldValidation"].ToString();

    public bool SendInitialEvents => query["sendInitialEvents"].ToString() == "true";

    public int? Limit => Number("limit");

    public int? TimeoutSeconds => Number("timeoutSeconds");

    /// <summary><c>dryRun=All</c>; the only value the real server accepts.</summary>
    public bool DryRun
    {
        get
        {
            var values = query["dryRun"];
            if (values.Count == 0)
            {
                return false;
            }

            return values.All(v => v == "All")
                ? true
                : throw ApiErrors.BadRequest($"Invalid dry run value: dryRun: Unsupported value: \"{values}\": supported values: \"All\"");
        }
    }

    public ObjectFilter Filter(ResourceKind kind) =>
        new(LabelSelector.Parse(Optional("labelSelector")), FieldSelector.Parse(Optional("fieldSelector"), kind));

    private string? Optional(string name) => query[name].ToString() is { Length: > 0 } value ? value : null;

    private int? Number(string name) => Optional(name) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => value,
        var text => throw ApiErrors.BadRequest($"{name}: Invalid value: \"{text}\": must be an integer"),
    };
}
