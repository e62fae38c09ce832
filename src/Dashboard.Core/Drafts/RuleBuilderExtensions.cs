using FluentValidation;

namespace Dashboard.Core.Drafts;

/// <summary>Plugs the <see cref="Kubernetes.KubernetesNames"/> style of rule (null or a message) into FluentValidation.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>
    /// Fails with the rule's message; <paramref name="whenEmpty"/> replaces the generic "Required value" with one
    /// that names the field ("Give the Service a name"), which reads better next to an empty input.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, TValue> Satisfies<T, TValue>(
        this IRuleBuilder<T, TValue> rule, Func<TValue, string?> check, string? whenEmpty = null) =>
        rule.Custom((value, context) =>
        {
            var error = whenEmpty is not null && value is null or "" ? whenEmpty : check(value);
            if (error is not null)
                context.AddFailure(error);
        });
}
