using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>One parent of a route: a Gateway by name, its namespace if not the route's, and optionally one listener.</summary>
public sealed class RouteParentDraftValidator : AbstractValidator<RouteParentDraft>
{
    public RouteParentDraftValidator()
    {
        RuleFor(p => p.GatewayName).Satisfies(KubernetesNames.Dns1123Subdomain,
            whenEmpty: "Pick the Gateway the route attaches to.");
        RuleFor(p => p.GatewayNamespace).Satisfies(KubernetesNames.Dns1123Label)
            .When(p => !string.IsNullOrEmpty(p.GatewayNamespace));
        RuleFor(p => p.ListenerName).Satisfies(KubernetesNames.Dns1123Label)
            .When(p => !string.IsNullOrEmpty(p.ListenerName));
    }
}
