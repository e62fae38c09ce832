using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>A URLRewrite filter on its own; whether its path type fits the rule's matches is the rule's check.</summary>
public sealed class HttpUrlRewriteDraftValidator : AbstractValidator<HttpUrlRewriteDraft>
{
    public const string ReplaceFullPath = "ReplaceFullPath";
    public const string ReplacePrefixMatch = "ReplacePrefixMatch";

    public HttpUrlRewriteDraftValidator()
    {
        RuleFor(r => r.Hostname).Satisfies(KubernetesNames.Dns1123Subdomain)
            .When(r => !string.IsNullOrEmpty(r.Hostname));
        RuleFor(r => r.PathType).Custom((pathType, validation) =>
        {
            if (pathType is null)
            {
                if (string.IsNullOrEmpty(validation.InstanceToValidate.Hostname) && string.IsNullOrEmpty(validation.InstanceToValidate.Path))
                    validation.AddFailure("The rewrite changes nothing: set a new hostname or a new path, or remove the rewrite.");
            }
            else if (pathType is not (ReplaceFullPath or ReplacePrefixMatch))
            {
                validation.AddFailure($"Unsupported value: \"{pathType}\": supported values: \"ReplaceFullPath\", \"ReplacePrefixMatch\". Or leave it out to keep the path.");
            }
        });
        RuleFor(r => r.Path).Custom((path, validation) =>
        {
            var rewrite = validation.InstanceToValidate;
            if (rewrite.PathType is null)
            {
                if (!string.IsNullOrEmpty(path))
                    validation.AddFailure("Pick how the path is rewritten (ReplaceFullPath or ReplacePrefixMatch), or clear the path.");
            }
            else if (string.IsNullOrEmpty(path))
            {
                validation.AddFailure("Required value: enter the new path, for example '/'.");
            }
            else if (!path.StartsWith('/'))
            {
                validation.AddFailure($"Invalid value \"{path}\": the new path must be absolute. Start it with '/'.");
            }
        });
    }
}
