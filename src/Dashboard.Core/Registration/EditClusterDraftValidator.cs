using System.Text;
using Dashboard.Core.Clusters;
using FluentValidation;

namespace Dashboard.Core.Registration;

/// <summary>The shape checks of an edit: the fields given follow the same rules as a registration's.</summary>
public sealed class EditClusterDraftValidator : AbstractValidator<EditClusterDraft>
{
    public EditClusterDraftValidator()
    {
        RuleFor(d => d.Name).Custom((name, context) =>
        {
            if (name is not null && ClusterNameRules.Validate(name) is { } error)
                context.AddFailure(nameof(EditClusterDraft.Name), error);
        });
        RuleFor(d => d.Kubeconfig)
            .Must(k => k is null || k.Trim().Length > 0).WithMessage("The new kubeconfig is empty: paste one, or leave the field out to keep the current one.")
            .Must(k => k is null || Encoding.UTF8.GetByteCount(k) <= KubeconfigLimits.MaxBytes)
            .WithMessage(d => $"The kubeconfig is {Encoding.UTF8.GetByteCount(d.Kubeconfig!) / 1024} KiB; the limit is 1024 KiB. Export only the context you need ('kubectl config view --minify --flatten').");
        RuleFor(d => d.Provider).IsInEnum().When(d => d.Provider is not null).WithMessage("Unknown provider kind.");
    }
}
