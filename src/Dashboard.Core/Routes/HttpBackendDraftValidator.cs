using System.Globalization;
using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>
/// One Service backend of a rule. With a context that lists the route namespace's Services it refuses a Service or
/// port that does not exist there; a backend in another namespace is checked for its form only.
/// </summary>
public sealed class HttpBackendDraftValidator : AbstractValidator<HttpBackendDraft>
{
    public const int MaxWeight = 1_000_000;

    private static readonly DraftValidationContext Unknown = new();

    public HttpBackendDraftValidator(string routeNamespace, DraftValidationContext? context = null)
    {
        context ??= new();
        DraftValidationContext Known(HttpBackendDraft backend) =>
            string.IsNullOrEmpty(backend.ServiceNamespace) || backend.ServiceNamespace == routeNamespace ? context : Unknown;

        RuleFor(b => b.ServiceName).Custom((name, validation) =>
        {
            var backend = validation.InstanceToValidate;
            ServiceBackendRules.AddServiceNameProblems(name, backend.ServiceNamespace is { Length: > 0 } ns ? ns : routeNamespace, Known(backend), validation);
        });
        RuleFor(b => b.ServiceNamespace).Satisfies(KubernetesNames.Dns1123Label)
            .When(b => !string.IsNullOrEmpty(b.ServiceNamespace));
        RuleFor(b => b.Port).Custom((port, validation) =>
        {
            var backend = validation.InstanceToValidate;
            if (port is not { } number)
                validation.AddFailure("Required value: pick a port of the Service by number, for example 80: Gateway API refers to Service ports by number only.");
            else if (KubernetesPorts.Number(number) is { } error)
                validation.AddFailure(error);
            else
                ServiceBackendRules.AddServicePortProblems(number.ToString(CultureInfo.InvariantCulture), backend.ServiceName, Known(backend), validation);
        });
        RuleFor(b => b.Weight).InclusiveBetween(0, MaxWeight).WithMessage(b =>
            $"Invalid value: {b.Weight}: a weight is between 0 and 1,000,000, a share relative to the rule's other backends. For a 10% canary give the main backend 90 and the canary 10.");
    }
}
