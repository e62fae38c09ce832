using System.Globalization;
using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.PortExposures;

/// <summary>
/// The checks of a TCP/UDP port exposure through ingress-nginx's tcp-services/udp-services ConfigMap. With a
/// context that lists the namespace's Services it also refuses a Service or port that does not exist.
/// </summary>
public sealed class PortExposureDraftValidator : AbstractValidator<PortExposureDraft>
{
    public PortExposureDraftValidator(DraftValidationContext? context = null)
    {
        context ??= new();
        RuleFor(d => d.Protocol).Satisfies(KubernetesPorts.Protocol);
        RuleFor(d => d.ExternalPort).Satisfies(ExternalPortProblem);
        RuleFor(d => d.Namespace).Satisfies(KubernetesNames.Dns1123Label,
            whenEmpty: "Pick the namespace of the Service to expose.");
        RuleFor(d => d.ServiceName).Custom((name, validation) =>
            ServiceBackendRules.AddServiceNameProblems(name, validation.InstanceToValidate.Namespace, context, validation));
        // An int has no "empty": 0 is what an untouched field sends, so it gets the range message.
        RuleFor(d => d.ServicePort).Custom((port, validation) =>
        {
            if (KubernetesPorts.Number(port) is { } error)
                validation.AddFailure(error);
            else
                ServiceBackendRules.AddServicePortProblems(port.ToString(CultureInfo.InvariantCulture), validation.InstanceToValidate.ServiceName, context, validation);
        });
    }

    private static string? ExternalPortProblem(int port) => port switch
    {
        80 or 443 => $"Invalid value: {port}: 80 and 443 are the ingress controller's HTTP and HTTPS ports. Pick another port, or use an Ingress for HTTP traffic.",
        _ => KubernetesPorts.Number(port),
    };
}
