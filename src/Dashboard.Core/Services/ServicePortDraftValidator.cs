using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Services;

/// <summary>One port of a Service on its own; what ports may not share is <see cref="ServicePortListRules"/>' job.</summary>
public sealed class ServicePortDraftValidator : AbstractValidator<ServicePortDraft>
{
    public ServicePortDraftValidator(ServiceKind serviceKind, DraftValidationContext? context = null)
    {
        context ??= new();
        // Stricter than the API server (which takes any DNS-1123 label): an Ingress can only name a port that is an IANA_SVC_NAME.
        RuleFor(p => p.Name).Satisfies(KubernetesNames.PortName).When(p => !string.IsNullOrEmpty(p.Name));
        RuleFor(p => p.Port).Satisfies(KubernetesPorts.Number);
        RuleFor(p => p.Protocol).Satisfies(KubernetesPorts.Protocol);
        RuleFor(p => p.TargetPort).Satisfies(KubernetesPorts.NumberOrName).When(p => !string.IsNullOrEmpty(p.TargetPort));
        RuleFor(p => p.NodePort).Custom((nodePort, validation) =>
        {
            if (nodePort is { } port && NodePortProblem(port, serviceKind, context) is { } error)
                validation.AddFailure(error);
        });
    }

    private static string? NodePortProblem(int port, ServiceKind kind, DraftValidationContext context)
    {
        if (kind is not (ServiceKind.NodePort or ServiceKind.LoadBalancer))
            return $"Forbidden: may not be used when `type` is '{kind}'. Clear the node port, or make the Service a NodePort or LoadBalancer.";
        if (port < context.NodePortMin || port > context.NodePortMax)
            return $"Invalid value: {port}: provided port is not in the valid range. The range of valid ports is {context.NodePortMin}-{context.NodePortMax}; pick one in it or leave the node port empty to let the cluster choose.";
        if (context.TakenNodePorts?.Contains(port) == true)
            return $"Invalid value: {port}: provided port is already allocated. Pick another or leave the node port empty to let the cluster choose.";
        return null;
    }
}
