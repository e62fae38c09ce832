using Dashboard.Core.Annotations;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Annotations;

/// <summary>A sentence per unusable <c>Dashboard:Annotations:AllowedPrefixes</c> entry, at start rather than at the first Ingress.</summary>
public sealed class AnnotationOptionsValidator : IValidateOptions<AnnotationOptions>
{
    public ValidateOptionsResult Validate(string? name, AnnotationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.AllowedPrefixes.Select(AnnotationPolicy.PrefixProblem).OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
