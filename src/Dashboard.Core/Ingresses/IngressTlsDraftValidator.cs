using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Ingresses;

/// <summary>One TLS entry: a secret name and hosts, which must be Custom hosts of the same ingress.</summary>
public sealed class IngressTlsDraftValidator : AbstractValidator<IngressTlsDraft>
{
    /// <param name="customHosts">The hosts of the ingress's Custom rules, the only ones a certificate can be named for up front.</param>
    public IngressTlsDraftValidator(IReadOnlyCollection<string> customHosts)
    {
        RuleFor(t => t.SecretName).Satisfies(KubernetesNames.Dns1123Subdomain,
            whenEmpty: "Name the TLS secret, for example 'shop-example-com-tls': an existing kubernetes.io/tls secret, or one cert-manager will create.");
        RuleForEach(t => t.Hosts).Custom((host, validation) =>
        {
            if (customHosts.Contains(host))
                return;
            validation.AddFailure(customHosts.Count == 0
                ? $"'{host}' is not a host of this ingress, which has no Custom hosts. Add a rule with a Custom host first."
                : $"'{host}' is not a host of this ingress. Pick one of its Custom hosts: {string.Join(", ", customHosts)}.");
        });
        RuleFor(t => t.Hosts).Custom((hosts, validation) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < hosts.Count; i++)
            {
                if (!seen.Add(hosts[i]))
                    validation.AddFailure($"Hosts[{i}]", $"Duplicate value: \"{hosts[i]}\" is listed twice. Remove one.");
            }
        });
    }
}
