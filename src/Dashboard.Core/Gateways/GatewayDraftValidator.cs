using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Gateways;

/// <summary>
/// The checks of a Gateway draft, shared by the wizard (inline errors, mapped by property path such as
/// <c>Listeners[0].Port</c>) and the API. With a context that lists the cluster's GatewayClasses it also refuses a
/// class the cluster does not have.
/// </summary>
public sealed class GatewayDraftValidator : AbstractValidator<GatewayDraft>
{
    private static readonly string[] IssuerAnnotations = ["cert-manager.io/issuer", "cert-manager.io/cluster-issuer"];

    public GatewayDraftValidator(DraftValidationContext? context = null)
    {
        context ??= new();
        RuleFor(d => d.Namespace).Satisfies(KubernetesNames.Dns1123Label,
            whenEmpty: "Pick the namespace of the Gateway: by default only routes of this namespace attach to it.");
        RuleFor(d => d.Name).Satisfies(KubernetesNames.Dns1123Subdomain,
            whenEmpty: "Give the Gateway a name, for example 'web'.");
        RuleFor(d => d.ClassName).Custom((className, validation) =>
        {
            if (ClassProblem(className, context.GatewayClasses) is { } error)
                validation.AddFailure(error);
        });

        RuleFor(d => d.Listeners).Must(listeners => listeners.Count > 0)
            .WithMessage("Required value: add at least one listener, for example HTTP on port 80.");
        RuleFor(d => d.Listeners).Must(listeners => listeners.Count <= GatewayListenerListRules.MaxListeners)
            .WithMessage(d => $"Too many: {d.Listeners.Count}: a Gateway has at most {GatewayListenerListRules.MaxListeners} listeners. Remove some, or split them over two Gateways.");
        RuleForEach(d => d.Listeners).SetValidator(new GatewayListenerDraftValidator());
        RuleFor(d => d.Listeners).Custom(GatewayListenerListRules.Check);

        RuleFor(d => d.CertManagerIssuer).Custom((issuer, validation) =>
        {
            var draft = validation.InstanceToValidate;
            if (string.IsNullOrEmpty(issuer))
            {
                if (draft.Listeners.Any(GatewayListenerDraftValidator.UsesCertManager))
                    validation.AddFailure($"Required value: name the cert-manager {IssuerWord(draft)} that makes the certificates, for example 'letsencrypt', or use certificates from existing Secrets.");
            }
            else if (KubernetesNames.Dns1123Subdomain(issuer) is { } error)
            {
                validation.AddFailure(error);
            }
            // The issuer choice writes these annotations; one typed by hand as well would clash with it.
            for (var i = 0; !string.IsNullOrEmpty(issuer) && i < draft.Annotations.Count; i++)
            {
                if (IssuerAnnotations.Contains(draft.Annotations[i].Key, StringComparer.Ordinal))
                    validation.AddFailure($"{nameof(GatewayDraft.Annotations)}[{i}].Key", $"Duplicate value: \"{draft.Annotations[i].Key}\" is written from the cert-manager issuer you picked. Remove this annotation, or clear the issuer.");
            }
        });
        RuleFor(d => d.CertManagerIssuerKind).IsInEnum().WithMessage("Pick the kind of cert-manager issuer: ClusterIssuer or Issuer.");

        KeyValueListRules.Labels(this, d => d.Labels, nameof(GatewayDraft.Labels));
        KeyValueListRules.Annotations(this, d => d.Annotations, nameof(GatewayDraft.Annotations), context);
    }

    private static string IssuerWord(GatewayDraft draft) =>
        draft.CertManagerIssuerKind == CertManagerIssuerKind.Issuer ? "Issuer" : "ClusterIssuer";

    private static string? ClassProblem(string className, IReadOnlyCollection<string>? classes)
    {
        if (string.IsNullOrEmpty(className))
        {
            return classes is { Count: 0 }
                ? "Required value: this cluster has no GatewayClass, so no controller would serve the Gateway. Install a Gateway API controller (or turn on the one the platform ships) first."
                : "Required value: pick the GatewayClass of the controller that should serve the Gateway.";
        }
        if (KubernetesNames.Dns1123Subdomain(className) is { } error)
            return error;
        if (classes is null || classes.Contains(className, StringComparer.Ordinal))
            return null;
        return classes.Count == 0
            ? $"GatewayClass '{className}' does not exist: this cluster has no GatewayClass at all. Install a Gateway API controller (or turn on the one the platform ships) first."
            : $"GatewayClass '{className}' does not exist on this cluster. Pick one of: {string.Join(", ", classes.Order(StringComparer.Ordinal))}.";
    }
}
