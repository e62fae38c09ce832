using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>
/// What one deployment offers today for Gateway API and ingress, beside (not instead of) its row of the Rancher
/// 2.0–2.4 table in <see cref="SupportMatrix"/>.
/// </summary>
/// <param name="GatewayControllers">The controllers the platform ships or documents; for a platform that ships none, the usual ones to install.</param>
/// <param name="ShipsGatewayController">Whether the platform itself provides a controller (else you install one).</param>
/// <param name="GatewayAddress">What a Gateway's address is, as a kind, for defaults and the hostname story.</param>
/// <param name="GatewayAddressText">The same in words, with the platform's details.</param>
/// <param name="Layer4Routes">TCP/UDP (and TLS passthrough) routes through a Gateway, in words.</param>
/// <param name="IngressController">The ingress controller a new cluster gets today, in words.</param>
/// <param name="IngressControllerRetired">True when that controller is ingress-nginx, which no longer gets fixes.</param>
/// <param name="OffByDefault">What is there but off, and how to turn it on.</param>
/// <param name="LoadBalancerGets">
/// What a LoadBalancer Service gets by default where the Rancher 2.0–2.4 table has no row (K3s); null elsewhere: there the
/// table's row says it, or the platform gives none by default (RKE2 leaves ServiceLB off).
/// </param>
/// <param name="IngressAlternative">The maintained ingress controller an Ingress can move to instead, for the ingress-nginx retirement notice.</param>
public sealed record PlatformToday(
    ProviderKind Kind,
    IReadOnlyList<GatewayControllerOffer> GatewayControllers,
    bool ShipsGatewayController,
    GatewayAddressKind GatewayAddress,
    string GatewayAddressText,
    string Layer4Routes,
    string IngressController,
    bool IngressControllerRetired,
    IReadOnlyList<OffByDefault> OffByDefault,
    string IngressAlternative,
    string? LoadBalancerGets = null);
