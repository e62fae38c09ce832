using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Ingresses;

/// <summary>One rule of an Ingress: its host as its <see cref="HostChoice"/> allows, and its paths.</summary>
public sealed class IngressRuleDraftValidator : AbstractValidator<IngressRuleDraft>
{
    public IngressRuleDraftValidator(string ingressNamespace, DraftValidationContext? context = null)
    {
        RuleFor(r => r.HostChoice).IsInEnum().WithMessage("Pick where the host comes from: Generate, Custom or DefaultBackend.");
        RuleFor(r => r.Host).Custom((host, validation) =>
        {
            if (HostProblem(validation.InstanceToValidate.HostChoice, host) is { } error)
                validation.AddFailure(error);
        });

        RuleFor(r => r.Paths).Must(paths => paths.Count > 0)
            .When(r => r.HostChoice != HostChoice.DefaultBackend)
            .WithMessage("Required value: add at least one path, for example '/'.");
        // The default backend is a Service only; the wizard shows it as a rule with the single path '/'.
        RuleFor(r => r.Paths).Must(paths => paths.Count == 1)
            .When(r => r.HostChoice == HostChoice.DefaultBackend)
            .WithMessage("The default backend takes exactly one path, '/': it receives every request no rule matches. Move other paths to a rule with a host.");
        RuleFor(r => r.Paths).Custom((paths, validation) =>
        {
            if (validation.InstanceToValidate.HostChoice == HostChoice.DefaultBackend && paths is [{ Path: not "/" }])
                validation.AddFailure("Paths[0].Path", "The default backend has no path of its own; set it to '/', or give the rule a host to route this path.");
        });

        RuleForEach(r => r.Paths).SetValidator(new IngressPathDraftValidator(ingressNamespace, context));
        RuleFor(r => r.Paths).Custom(AddDuplicatePaths);
    }

    private static string? HostProblem(HostChoice choice, string? host) => choice switch
    {
        HostChoice.Custom when string.IsNullOrEmpty(host) => "Enter the host, for example 'shop.example.com', or choose a generated host.",
        HostChoice.Custom => KubernetesNames.IngressHost(host),
        HostChoice.Generate when !string.IsNullOrEmpty(host) =>
            "Forbidden: a generated host is filled in once the ingress has an address. Clear the host, or choose Custom to use this one.",
        HostChoice.DefaultBackend when !string.IsNullOrEmpty(host) =>
            "Forbidden: the default backend answers requests for any host. Clear the host, or choose Custom to use this one.",
        _ => null,
    };

    // The same path twice in a rule leaves the controller to pick one of the backends; make the user pick.
    private static void AddDuplicatePaths(List<IngressPathDraft> paths, ValidationContext<IngressRuleDraft> validation)
    {
        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < paths.Count; i++)
        {
            if (!seen.TryAdd((paths[i].Path, paths[i].PathType), i))
                validation.AddFailure($"Paths[{i}].Path", $"Duplicate value: \"{paths[i].Path}\" ({paths[i].PathType}): path {seen[(paths[i].Path, paths[i].PathType)] + 1} of this rule is the same. Remove one or change it.");
        }
    }
}
