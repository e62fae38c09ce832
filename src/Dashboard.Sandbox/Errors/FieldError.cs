using System.Globalization;

namespace Dashboard.Sandbox.Errors;

/// <summary>A value printed as is, for Go renderings like <c>[]string{"10.0.0.1"}</c> or <c>0x0</c>.</summary>
internal sealed record RawValue(string Text)
{
    public override string ToString() => Text;
}

/// <summary>One validation failure, formatted like apimachinery's <c>field.Error</c>.</summary>
internal sealed record FieldError(string Reason, string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";

    /// <summary>Go's <c>%#v</c>-ish rendering: strings quoted, numbers bare.</summary>
    public static string Quote(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static FieldError Invalid(string field, object? value, string detail) =>
        new("FieldValueInvalid", field, $"Invalid value: {Quote(value)}: {detail}");

    public static FieldError Required(string field, string? detail = null) =>
        new("FieldValueRequired", field, detail is null ? "Required value" : $"Required value: {detail}");

    public static FieldError NotSupported(string field, object? value, IEnumerable<string> supported) =>
        new("FieldValueNotSupported", field,
            $"Unsupported value: {Quote(value)}: supported values: {string.Join(", ", supported.Select(s => Quote(s)))}");

    public static FieldError Forbidden(string field, string detail) => new("FieldValueForbidden", field, $"Forbidden: {detail}");

    public static FieldError TooMany(string field, int actual, int max) =>
        new("FieldValueTooMany", field, $"Too many: {actual.ToString(CultureInfo.InvariantCulture)}: must have at most {max.ToString(CultureInfo.InvariantCulture)} items");

    public static FieldError TooLong(string field, int max) =>
        new("FieldValueTooLong", field, $"Too long: may not be more than {max.ToString(CultureInfo.InvariantCulture)} bytes");

    public static FieldError Duplicate(string field, object? value) => new("FieldValueDuplicate", field, $"Duplicate value: {Quote(value)}");
}
