using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Services;

/// <summary>
/// The checks of a Service draft, shared by the wizard (inline errors, mapped by property path such as
/// <c>Ports[1].NodePort</c>) and the API (problem details). With a context that knows the cluster it also refuses
/// node ports outside the cluster's range or already taken.
/// </summary>
public sealed class ServiceDraftValidator : AbstractValidator<ServiceDraft>
{
    public ServiceDraftValidator(DraftValidationContext? context = null)
    {
        context ??= new();
        RuleFor(d => d.Namespace).Satisfies(KubernetesNames.Dns1123Label,
            whenEmpty: "Pick a namespace, or type a new one and tick 'Create namespace'.");
        RuleFor(d => d.Namespace).Must(ns => context.ExistingNamespaces?.Contains(ns) != true)
            .When(d => d.CreateNamespace)
            .WithMessage(d => $"The namespace '{d.Namespace}' already exists: choose it under 'An existing namespace', or type a name that is not taken.");
        RuleFor(d => d.Name).Satisfies(KubernetesNames.Dns1035Label,
            whenEmpty: "Give the Service a name, for example 'web'.");
        RuleFor(d => d.Type).IsInEnum().WithMessage("Pick a Service type: ClusterIP, Headless, NodePort, LoadBalancer or ExternalName.");

        // The API server drops one trailing dot ("db.example.com.") before checking, so that is accepted here too.
        RuleFor(d => d.ExternalName).Satisfies(n => KubernetesNames.Dns1123Subdomain(n?.TrimEnd('.')),
                whenEmpty: "Enter the DNS name the Service aliases, for example 'db.example.com'.")
            .When(d => d.Type == ServiceKind.ExternalName);
        RuleFor(d => d.ExternalName).Satisfies(ExternalNameRules.Problem)
            .When(d => d.Type == ServiceKind.ExternalName && KubernetesNames.Dns1123Subdomain(d.ExternalName?.TrimEnd('.')) is null);

        // ExternalName needs no ports, and neither does Headless (the API server allows it: DNS then lists the pods' addresses).
        RuleFor(d => d.Ports).Must(ports => ports.Count > 0)
            .When(d => d.Type is not (ServiceKind.ExternalName or ServiceKind.Headless))
            .WithMessage(d => $"Required value: add at least one port; a {d.Type} Service forwards traffic port by port.");
        RuleForEach(d => d.Ports).SetValidator((draft, _) => new ServicePortDraftValidator(draft.Type, context));
        RuleFor(d => d.Ports).Custom(ServicePortListRules.Check);

        // An empty selector is allowed: the Service then gets Endpoints written by hand; warning about it is the UI's job.
        KeyValueListRules.Labels(this, d => d.Selector, nameof(ServiceDraft.Selector));
        KeyValueListRules.Labels(this, d => d.Labels, nameof(ServiceDraft.Labels));
    }
}
