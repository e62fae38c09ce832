using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>A RequestHeaderModifier or ResponseHeaderModifier: valid names, each header once per list, none both set and removed.</summary>
public sealed class HttpHeaderModifierDraftValidator : AbstractValidator<HttpHeaderModifierDraft>
{
    public const int MaxPerList = 16;

    public HttpHeaderModifierDraftValidator()
    {
        RuleFor(m => m.Set).Custom((rows, validation) => CheckList(rows.Select(r => r.Key).ToList(), "Set", "set", validation, keyed: true));
        RuleFor(m => m.Add).Custom((rows, validation) => CheckList(rows.Select(r => r.Key).ToList(), "Add", "added", validation, keyed: true));
        RuleFor(m => m.Remove).Custom((names, validation) => CheckList(names, "Remove", "removed", validation, keyed: false));
        RuleFor(m => m.Remove).Custom((names, validation) =>
        {
            var set = validation.InstanceToValidate.Set.Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Count; i++)
            {
                if (set.Contains(names[i]))
                    validation.AddFailure($"Remove[{i}]", $"Header '{names[i]}' is both set and removed. Keep one: set it to give it a value, remove it to drop it.");
            }
        });
    }

    private static void CheckList(List<string> names, string path, string verb, ValidationContext<HttpHeaderModifierDraft> validation, bool keyed)
    {
        if (names.Count > MaxPerList)
            validation.AddFailure(path, $"Too many: {names.Count} headers {verb}: at most {MaxPerList}. Remove some.");
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var at = keyed ? $"{path}[{i}].Key" : $"{path}[{i}]";
            if (HttpHeaderNames.Problem(names[i]) is { } error)
                validation.AddFailure(at, error);
            else if (!seen.TryAdd(names[i], i))
                validation.AddFailure(at, $"Duplicate value: \"{names[i]}\": row {seen[names[i]] + 1} names the same header (names ignore case). Keep one.");
        }
    }
}
