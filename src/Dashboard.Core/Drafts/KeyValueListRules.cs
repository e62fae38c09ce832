using System.Linq.Expressions;
using System.Text;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Drafts;

/// <summary>Checks of a whole label, selector or annotation list: the rows become a map, so a key may appear once.</summary>
internal static class KeyValueListRules
{
    public static void Labels<T>(AbstractValidator<T> validator, Expression<Func<T, IEnumerable<KeyValueDraft>>> list, string path)
    {
        validator.RuleForEach(list).SetValidator(new KeyValueDraftValidator(valueIsLabelValue: true));
        validator.RuleFor(list).Custom((rows, context) => AddDuplicateKeys(rows.ToList(), context, path));
    }

    /// <summary>Well-formed, each key once, within the size limit, and none the annotation policy refuses.</summary>
    public static void Annotations<T>(AbstractValidator<T> validator, Expression<Func<T, IEnumerable<KeyValueDraft>>> list, string path, DraftValidationContext draftContext)
    {
        validator.RuleForEach(list).SetValidator(new KeyValueDraftValidator(valueIsLabelValue: false));
        validator.RuleFor(list).Custom((rows, context) =>
        {
            var all = rows.ToList();
            AddDuplicateKeys(all, context, path);
            for (var i = 0; i < all.Count; i++)
            {
                if (all[i].Key.Length > 0 && draftContext.Annotations.Refusal(all[i].Key, all[i].Value, draftContext.ExistingAnnotations) is { } refusal)
                    context.AddFailure($"{path}[{i}].Key", refusal);
            }
            var bytes = all.Sum(r => Encoding.UTF8.GetByteCount(r.Key) + Encoding.UTF8.GetByteCount(r.Value));
            if (bytes > KubernetesNames.AnnotationsMaxBytes)
                context.AddFailure(path, $"Too long: must have at most {KubernetesNames.AnnotationsMaxBytes} bytes. The annotations take {bytes / 1024} KiB; keep large data in a ConfigMap instead.");
        });
    }

    private static void AddDuplicateKeys<T>(List<KeyValueDraft> rows, ValidationContext<T> context, string path)
    {
        var firstRowOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var key = rows[i].Key;
            if (key.Length == 0)
                continue;
            if (firstRowOfKey.TryGetValue(key, out var first))
                context.AddFailure($"{path}[{i}].Key", $"Duplicate value: \"{key}\": row {first + 1} has the same key. Keep one of the two rows.");
            else
                firstRowOfKey[key] = i;
        }
    }
}
