using Dashboard.Core.Drafts;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>One rule of an HTTPRoute: its matches, its filters, and the backends it sends traffic to.</summary>
public sealed class HttpRouteRuleDraftValidator : AbstractValidator<HttpRouteRuleDraft>
{
    public const int MaxMatches = 8;
    public const int MaxBackends = 16;

    public HttpRouteRuleDraftValidator(string routeNamespace, DraftValidationContext? context = null)
    {
        RuleFor(r => r.Matches).Must(m => m.Count <= MaxMatches)
            .WithMessage(r => $"Too many: {r.Matches.Count} matches: a rule here has at most {MaxMatches}. Split them over two rules with the same backends.");
        RuleForEach(r => r.Matches).SetValidator(new HttpRouteMatchDraftValidator());

        RuleFor(r => r.Backends).Must(b => b.Count <= MaxBackends)
            .WithMessage(r => $"Too many: {r.Backends.Count} backends: a rule has at most {MaxBackends}. Remove some.");
        RuleFor(r => r.Backends).Custom((backends, validation) =>
        {
            if (BackendsProblem(validation.InstanceToValidate, backends) is { } error)
                validation.AddFailure(error);
        });
        RuleForEach(r => r.Backends).SetValidator(new HttpBackendDraftValidator(routeNamespace, context));

        RuleFor(r => r.Redirect!).SetValidator(new HttpRedirectDraftValidator()).When(r => r.Redirect is not null);
        RuleFor(r => r.Rewrite!).SetValidator(new HttpUrlRewriteDraftValidator()).When(r => r.Rewrite is not null);
        RuleFor(r => r.Rewrite).Custom((rewrite, validation) =>
        {
            var rule = validation.InstanceToValidate;
            if (rewrite is null)
                return;
            if (rule.Redirect is not null)
                validation.AddFailure("A rule cannot both redirect and rewrite: a redirect answers the client itself. Remove one of the two.");
            else if (rewrite.PathType == HttpUrlRewriteDraftValidator.ReplacePrefixMatch && !HasOnePrefixMatch(rule))
                validation.AddFailure($"{nameof(HttpRouteRuleDraft.Rewrite)}.{nameof(HttpUrlRewriteDraft.PathType)}",
                    "ReplacePrefixMatch replaces the prefix the rule matched, so the rule needs exactly one match, of type PathPrefix. Change the match, or use ReplaceFullPath.");
        });
        RuleFor(r => r.RequestHeaders!).SetValidator(new HttpHeaderModifierDraftValidator()).When(r => r.RequestHeaders is not null);
        RuleFor(r => r.ResponseHeaders!).SetValidator(new HttpHeaderModifierDraftValidator()).When(r => r.ResponseHeaders is not null);
        RuleFor(r => r.RequestTimeout).Satisfies(GatewayApiDuration.Problem).When(r => r.RequestTimeout is not null);
    }

    // No matches means the default match, PathPrefix '/'. A path type that is itself wrong is reported on the match only.
    private static bool HasOnePrefixMatch(HttpRouteRuleDraft rule) =>
        rule.Matches.Count == 0
        || rule.Matches is [{ PathType: HttpPathTypes.PathPrefix }]
        || (rule.Matches.Count == 1 && rule.Matches[0].PathType is not (HttpPathTypes.Exact or HttpPathTypes.RegularExpression));

    private static string? BackendsProblem(HttpRouteRuleDraft rule, List<HttpBackendDraft> backends)
    {
        if (rule.Redirect is not null)
            return backends.Count == 0 ? null : "A rule that redirects sends nothing to backends: remove the backends, or remove the redirect.";
        if (backends.Count == 0)
            return "Required value: add a backend (a Service and its port), or make the rule a redirect.";
        if (backends.All(b => b.Weight == 0))
            return "Every backend has weight 0, so the rule would send no traffic anywhere. Give at least one backend a weight above 0.";
        return null;
    }
}
