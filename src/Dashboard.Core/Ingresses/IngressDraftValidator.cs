using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Ingresses;

/// <summary>
/// The checks of an Ingress draft, shared by the wizard (inline errors, mapped by property path such as
/// <c>Rules[0].Paths[0].ServicePort</c>) and the API. With a context that lists the namespace's Services it also
/// refuses backends that do not exist.
/// </summary>
public sealed class IngressDraftValidator : AbstractValidator<IngressDraft>
{
    public IngressDraftValidator(DraftValidationContext? context = null)
    {
        context ??= new();
        RuleFor(d => d.Namespace).Satisfies(KubernetesNames.Dns1123Label,
            whenEmpty: "Pick the namespace of the Services the ingress routes to.");
        RuleFor(d => d.Name).Satisfies(KubernetesNames.Dns1123Subdomain,
            whenEmpty: "Give the ingress a name, for example 'shop'.");
        RuleFor(d => d.ClassName).Satisfies(KubernetesNames.Dns1123Subdomain,
                whenEmpty: "Pick an IngressClass, or leave the class unset to use the cluster's default.")
            .When(d => d.ClassName is not null);

        RuleFor(d => d.Rules).Must(rules => rules.Count > 0)
            .WithMessage("Required value: add at least one rule: a host with its paths, or a default backend.");
        RuleForEach(d => d.Rules).SetValidator((draft, _) => new IngressRuleDraftValidator(draft.Namespace, context));
        RuleFor(d => d.Rules).Custom(IngressRuleListRules.Check);

        RuleForEach(d => d.Tls).SetValidator((draft, _) => new IngressTlsDraftValidator(CustomHosts(draft)));

        KeyValueListRules.Labels(this, d => d.Labels, nameof(IngressDraft.Labels));
        KeyValueListRules.Annotations(this, d => d.Annotations, nameof(IngressDraft.Annotations), context);
    }

    private static List<string> CustomHosts(IngressDraft draft) =>
        draft.Rules.Where(r => r.HostChoice == HostChoice.Custom && !string.IsNullOrEmpty(r.Host))
            .Select(r => r.Host!).Distinct(StringComparer.Ordinal).ToList();
}
