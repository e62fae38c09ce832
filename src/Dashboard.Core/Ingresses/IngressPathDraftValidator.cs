using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Ingresses;

/// <summary>One path of an Ingress rule and the Service port it sends traffic to.</summary>
public sealed class IngressPathDraftValidator : AbstractValidator<IngressPathDraft>
{
    public static IReadOnlyList<string> PathTypes { get; } = ["Prefix", "Exact", "ImplementationSpecific"];

    public IngressPathDraftValidator(string ingressNamespace, DraftValidationContext? context = null)
    {
        context ??= new();
        RuleFor(p => p.Path).Custom((path, validation) =>
        {
            if (PathProblem(path, validation.InstanceToValidate.PathType) is { } error)
                validation.AddFailure(error);
        });
        RuleFor(p => p.PathType).Must(PathTypes.Contains).WithMessage(p =>
            $"Unsupported value: \"{p.PathType}\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\". Prefix matches the path and everything below it; Exact only the path itself.");
        RuleFor(p => p.ServiceName).Custom((name, validation) =>
            ServiceBackendRules.AddServiceNameProblems(name, ingressNamespace, context, validation));
        RuleFor(p => p.ServicePort).Custom((port, validation) =>
            ServiceBackendRules.AddServicePortProblems(port, validation.InstanceToValidate.ServiceName, context, validation));
    }

    // Prefix and Exact paths are compared segment by segment, so the API server refuses ones that do not normalise.
    private static string? PathProblem(string path, string pathType)
    {
        if (!path.StartsWith('/'))
            return $"Invalid value: \"{path}\": must be an absolute path. Start it with '/', for example '/{path.TrimStart('.')}'.";
        if (pathType is not ("Prefix" or "Exact"))
            return null;
        foreach (var sequence in (string[])["//", "/./", "/../", "%2f", "%2F"])
        {
            if (path.Contains(sequence, StringComparison.Ordinal))
                return $"Invalid value: \"{path}\": must not contain '{sequence}'. Write the path in its plain form, for example '/api/v1'.";
        }
        foreach (var suffix in (string[])["/..", "/."])
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal))
                return $"Invalid value: \"{path}\": cannot end with '{suffix}'. Write the path in its plain form, for example '/api'.";
        }
        return null;
    }
}
