using Dashboard.Core.Drafts;
using Dashboard.Core.Gateways;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>
/// The checks of an HTTPRoute draft, shared by the wizard (inline errors, mapped by property path such as
/// <c>Rules[0].Backends[1].Weight</c>), the migration and the API. With a context that lists the namespace's
/// Services it also refuses backends that do not exist.
/// </summary>
public sealed class HttpRouteDraftValidator : AbstractValidator<HttpRouteDraft>
{
    public const int MaxParents = 32;
    public const int MaxHostnames = 16;
    public const int MaxRules = 16;

    public HttpRouteDraftValidator(DraftValidationContext? context = null)
    {
        context ??= new();
        RuleFor(d => d.Namespace).Satisfies(KubernetesNames.Dns1123Label,
            whenEmpty: "Pick the namespace of the Services the route sends traffic to.");
        RuleFor(d => d.Name).Satisfies(KubernetesNames.Dns1123Subdomain,
            whenEmpty: "Give the route a name, for example 'shop'.");

        RuleFor(d => d.Parents).Must(parents => parents.Count > 0)
            .WithMessage("Required value: pick the Gateway the route attaches to.");
        RuleFor(d => d.Parents).Must(parents => parents.Count <= MaxParents)
            .WithMessage(d => $"Too many: {d.Parents.Count} parents: a route attaches to at most {MaxParents}. Remove some.");
        RuleForEach(d => d.Parents).SetValidator(new RouteParentDraftValidator());
        RuleFor(d => d.Parents).Custom(AddDuplicateParents);

        RuleFor(d => d.HostChoice).IsInEnum().WithMessage("Pick where the hostnames come from: Generate, Custom or Any.");
        RuleFor(d => d.Hostnames).Custom(AddHostnameProblems);

        RuleFor(d => d.Rules).Must(rules => rules.Count > 0)
            .WithMessage("Required value: add at least one rule: what to match and where to send it.");
        RuleFor(d => d.Rules).Must(rules => rules.Count <= MaxRules)
            .WithMessage(d => $"Too many: {d.Rules.Count} rules: a route has at most {MaxRules}. Merge rules with the same backends, or split the route in two.");
        RuleForEach(d => d.Rules).SetValidator((draft, _) => new HttpRouteRuleDraftValidator(draft.Namespace, context));

        KeyValueListRules.Labels(this, d => d.Labels, nameof(HttpRouteDraft.Labels));
        KeyValueListRules.Annotations(this, d => d.Annotations, nameof(HttpRouteDraft.Annotations), context);
    }

    private static void AddHostnameProblems(List<string> hostnames, ValidationContext<HttpRouteDraft> validation)
    {
        var choice = validation.InstanceToValidate.HostChoice;
        if (choice != RouteHostChoice.Custom)
        {
            if (hostnames.Count > 0)
            {
                validation.AddFailure(choice == RouteHostChoice.Generate
                    ? "Forbidden: a generated hostname is filled in once the Gateway has an address. Clear the hostnames, or choose Custom to use these."
                    : "Forbidden: with Any the route takes every hostname its listener takes. Clear the hostnames, or choose Custom to use these.");
            }
            return;
        }
        if (hostnames.Count == 0)
            validation.AddFailure("Required value: add at least one hostname, for example 'shop.example.com', or choose a generated hostname.");
        if (hostnames.Count > MaxHostnames)
            validation.AddFailure($"Too many: {hostnames.Count} hostnames: a route has at most {MaxHostnames}. Use a wildcard such as '*.example.com', or split the route.");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < hostnames.Count; i++)
        {
            if (GatewayHostnames.Problem(hostnames[i]) is { } error)
                validation.AddFailure($"Hostnames[{i}]", error);
            else if (!seen.TryAdd(hostnames[i], i))
                validation.AddFailure($"Hostnames[{i}]", $"Duplicate value: \"{hostnames[i]}\" is listed twice (as hostname {seen[hostnames[i]] + 1}). Remove one.");
        }
    }

    // The API server refuses the same Gateway twice unless each names another listener.
    private static void AddDuplicateParents(List<RouteParentDraft> parents, ValidationContext<HttpRouteDraft> validation)
    {
        var routeNamespace = validation.InstanceToValidate.Namespace;
        var seen = new Dictionary<(string, string, string), int>();
        for (var i = 0; i < parents.Count; i++)
        {
            var parent = parents[i];
            var ns = string.IsNullOrEmpty(parent.GatewayNamespace) ? routeNamespace : parent.GatewayNamespace;
            if (!seen.TryAdd((ns, parent.GatewayName, parent.ListenerName ?? ""), i))
                validation.AddFailure($"Parents[{i}].ListenerName",
                    $"Duplicate value: parent {seen[(ns, parent.GatewayName, parent.ListenerName ?? "")] + 1} is the same Gateway '{parent.GatewayName}'{(string.IsNullOrEmpty(parent.ListenerName) ? "" : $" listener '{parent.ListenerName}'")}. Remove one, or name a different listener in each.");
        }
    }
}
