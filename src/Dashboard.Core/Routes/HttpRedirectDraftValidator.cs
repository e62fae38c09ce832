using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>A RequestRedirect filter: where to send the client and with which status.</summary>
public sealed class HttpRedirectDraftValidator : AbstractValidator<HttpRedirectDraft>
{
    public static IReadOnlyList<int> StatusCodes { get; } = [301, 302, 303, 307, 308];

    private static readonly string[] Schemes = ["http", "https"];

    public HttpRedirectDraftValidator()
    {
        RuleFor(r => r.Scheme).Must(scheme => Schemes.Contains(scheme, StringComparer.Ordinal))
            .When(r => !string.IsNullOrEmpty(r.Scheme))
            .WithMessage(r => $"Unsupported value: \"{r.Scheme}\": supported values: \"http\", \"https\". Write it in lower case, or leave it out to keep the request's scheme.");
        RuleFor(r => r.Hostname).Satisfies(KubernetesNames.Dns1123Subdomain)
            .When(r => !string.IsNullOrEmpty(r.Hostname));
        RuleFor(r => r.Port).Custom((port, validation) =>
        {
            if (port is { } number && KubernetesPorts.Number(number) is { } error)
                validation.AddFailure(error);
        });
        RuleFor(r => r.ReplaceFullPath).Must(path => path!.StartsWith('/'))
            .When(r => r.ReplaceFullPath is not null)
            .WithMessage(r => $"Invalid value \"{r.ReplaceFullPath}\": the new path must be absolute. Start it with '/', or leave it out to keep the request's path.");
        RuleFor(r => r.StatusCode).Must(code => StatusCodes.Contains(code)).WithMessage(r =>
            $"Unsupported value: {r.StatusCode}: supported values: 301, 302, 303, 307, 308. 301 is a permanent redirect, 302 a temporary one; 307 and 308 keep the method and body.");
    }
}
