using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Drafts;

/// <summary>
/// One label, selector term or annotation. Keys are qualified names either way; only label and selector values
/// have a format, an annotation's value is free text (the list's total size is checked by <see cref="KeyValueListRules"/>).
/// </summary>
public sealed class KeyValueDraftValidator : AbstractValidator<KeyValueDraft>
{
    public KeyValueDraftValidator(bool valueIsLabelValue)
    {
        RuleFor(kv => kv.Key).Satisfies(KubernetesNames.QualifiedName,
            whenEmpty: "Enter a key, for example 'app' or 'example.com/team', or remove the row.");
        if (valueIsLabelValue)
            RuleFor(kv => kv.Value).Satisfies(KubernetesNames.LabelValue);
    }
}
