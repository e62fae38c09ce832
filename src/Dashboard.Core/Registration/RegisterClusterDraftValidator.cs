using System.Text;
using Dashboard.Core.Clusters;
using FluentValidation;

namespace Dashboard.Core.Registration;

/// <summary>
/// The shape checks of a registration, shared by the register dialog (inline errors) and the API (problem details).
/// What the kubeconfig may contain is the Kubernetes layer's sanitiser's job: it needs a YAML parser, this does not.
/// </summary>
public sealed class RegisterClusterDraftValidator : AbstractValidator<RegisterClusterDraft>
{
    public RegisterClusterDraftValidator()
    {
        RuleFor(d => d.Name).Custom((name, context) =>
        {
            if (ClusterNameRules.Validate(name) is { } error)
                context.AddFailure(nameof(RegisterClusterDraft.Name), error);
        });
        RuleFor(d => d.Kubeconfig)
            .NotEmpty().WithMessage("Paste a kubeconfig or upload the file.")
            .Must(k => Encoding.UTF8.GetByteCount(k) <= KubeconfigLimits.MaxBytes)
            .WithMessage(k => $"The kubeconfig is {Encoding.UTF8.GetByteCount(k.Kubeconfig) / 1024} KiB; the limit is 1024 KiB. Export only the context you need ('kubectl config view --minify --flatten').");
        RuleFor(d => d.Provider).IsInEnum().When(d => d.Provider is not null)
            .WithMessage("Unknown provider kind.");
    }
}
