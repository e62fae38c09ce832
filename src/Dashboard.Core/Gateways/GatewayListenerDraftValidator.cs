using Dashboard.Core.Drafts;
using Dashboard.Core.Kubernetes;
using FluentValidation;

namespace Dashboard.Core.Gateways;

/// <summary>
/// One listener on its own: name, port, protocol, hostname and certificate as its protocol allows. What listeners
/// may not share is <see cref="GatewayListenerListRules"/>' job.
/// </summary>
public sealed class GatewayListenerDraftValidator : AbstractValidator<GatewayListenerDraft>
{
    public GatewayListenerDraftValidator()
    {
        RuleFor(l => l.Name).Satisfies(KubernetesNames.Dns1123Label,
            whenEmpty: "Name the listener, for example 'http' or 'https': routes pick a listener by this name.");
        RuleFor(l => l.Port).Satisfies(KubernetesPorts.Number);
        RuleFor(l => l.Protocol).Must(p => ListenerProtocols.All.Contains(p)).WithMessage(l =>
            $"Unsupported value: \"{l.Protocol}\": supported values: \"HTTP\", \"HTTPS\", \"TLS\", \"TCP\", \"UDP\". Pick one, in upper case.");
        RuleFor(l => l.Hostname).Custom((host, validation) =>
        {
            if (HostnameProblem(validation.InstanceToValidate, host) is { } error)
                validation.AddFailure(error);
        });
        RuleFor(l => l.CertificateSource).IsInEnum().WithMessage("Pick where the certificate comes from: an existing Secret or cert-manager.");
        RuleFor(l => l.CertificateSecretName).Custom((secret, validation) =>
        {
            if (CertificateProblem(validation.InstanceToValidate, secret) is { } error)
                validation.AddFailure(error);
        });

        RuleFor(l => l.AllowedRoutes).IsInEnum().WithMessage("Pick which namespaces' routes may attach: Same, All or Selector.");
        When(l => l.AllowedRoutes == RouteNamespaces.Selector, () =>
        {
            RuleFor(l => l.AllowedNamespaceLabels).Must(labels => labels.Count > 0).WithMessage(
                "Required value: add at least one namespace label, for example 'gateway-access' = 'web'; only namespaces with all of them may attach routes. Or allow Same or All namespaces.");
            KeyValueListRules.Labels(this, l => l.AllowedNamespaceLabels, nameof(GatewayListenerDraft.AllowedNamespaceLabels));
        });
    }

    /// <summary>HTTPS always terminates TLS; a TLS listener does when it names a certificate, else it passes TLS through.</summary>
    public static bool Terminates(GatewayListenerDraft listener) =>
        listener.Protocol == ListenerProtocols.Https
        || (listener.Protocol == ListenerProtocols.Tls && !string.IsNullOrEmpty(listener.CertificateSecretName));

    public static bool UsesCertManager(GatewayListenerDraft listener) =>
        Terminates(listener) && listener.CertificateSource == CertificateSource.CertManager;

    private static string? HostnameProblem(GatewayListenerDraft listener, string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return UsesCertManager(listener)
                ? "Required value: cert-manager names the certificate after the listener's hostname. Enter one, for example 'shop.example.com', or use a certificate from an existing Secret."
                : null;
        }
        if (listener.Protocol is ListenerProtocols.Tcp or ListenerProtocols.Udp)
            return $"Forbidden: a {listener.Protocol} listener has no hostname to match; it takes every connection on its port. Clear the hostname, or use TLS to route by name.";
        return GatewayHostnames.Problem(host);
    }

    private static string? CertificateProblem(GatewayListenerDraft listener, string? secret)
    {
        // An unknown protocol is reported on the protocol; what it would need is unknown too.
        if (!ListenerProtocols.All.Contains(listener.Protocol))
            return null;
        if (listener.Protocol is ListenerProtocols.Http or ListenerProtocols.Tcp or ListenerProtocols.Udp)
        {
            return string.IsNullOrEmpty(secret)
                ? null
                : $"Forbidden: {(listener.Protocol == ListenerProtocols.Http ? "an" : "a")} {listener.Protocol} listener terminates no TLS, so it takes no certificate. Clear the certificate, or make the listener HTTPS.";
        }
        if (string.IsNullOrEmpty(secret))
        {
            if (listener.Protocol == ListenerProtocols.Tls)
                return null;
            return listener.CertificateSource == CertificateSource.CertManager
                ? "Required value: name the Secret cert-manager will write the certificate to, for example 'shop-example-com-tls'."
                : "Required value: pick the kubernetes.io/tls Secret with the certificate for this HTTPS listener, or let cert-manager make one.";
        }
        return KubernetesNames.Dns1123Subdomain(secret);
    }
}
