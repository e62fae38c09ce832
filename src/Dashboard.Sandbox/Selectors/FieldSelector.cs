using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Selectors;

/// <summary>A <c>fieldSelector</c> query: <c>metadata.name=x,metadata.namespace!=y</c> and a few per-kind fields.</summary>
internal sealed class FieldSelector
{
    private readonly IReadOnlyList<(string Field, bool Equal, string Value)> terms;

    private FieldSelector(IReadOnlyList<(string, bool, string)> terms) => this.terms = terms;

    public static FieldSelector Everything { get; } = new([]);

    public static FieldSelector Parse(string? text, ResourceKind kind)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var known = kind.SelectableFields.ToList();
        var terms = new List<(string, bool, string)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (field, equal, value) = Split(part);
            if (!known.Contains(field))
            {
                throw ApiErrors.BadRequest(
                    $"\"{field}\" is not a known field selector: only {string.Join(", ", known.Select(f => $"\"{f}\""))}");
            }

            terms.Add((field, equal, value));
        }

        return new FieldSelector(terms);
    }

    public bool Matches(StoredObject obj) =>
        terms.All(term => string.Equals(obj.Field(term.Field) ?? string.Empty, term.Value, StringComparison.Ordinal) == term.Equal);

    private static (string Field, bool Equal, string Value) Split(string part)
    {
        var notEqual = part.IndexOf("!=", StringComparison.Ordinal);
        if (notEqual > 0)
        {
            return (part[..notEqual].Trim(), false, part[(notEqual + 2)..].Trim());
        }

        var doubled = part.IndexOf("==", StringComparison.Ordinal);
        if (doubled > 0)
        {
            return (part[..doubled].Trim(), true, part[(doubled + 2)..].Trim());
        }

        var equal = part.IndexOf('=', StringComparison.Ordinal);
        return equal > 0
            ? (part[..equal].Trim(), true, part[(equal + 1)..].Trim())
            : throw ApiErrors.BadRequest($"invalid selector: '{part}'; can't understand '{part}'");
    }
}
