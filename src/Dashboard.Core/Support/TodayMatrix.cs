using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>
/// What each deployment offers today (late 2026) for Gateway API and ingress: one row per provider kind, next to the
/// Rancher 2.0–2.4 table, which stays as it was. The product says "today" for these rows.
/// </summary>
public static class TodayMatrix
{
    public const string IngressNginxController = "k8s.io/ingress-nginx";
    public const string TraefikController = "traefik.io/gateway-controller";

    // https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/docs/guide/gateway/l7gateway.md
    private static readonly GatewayControllerOffer AwsAlb = new("AWS Load Balancer Controller v3 (ALB)", "gateway.k8s.aws/alb",
        ["alb", "aws-alb-gateway-class"], "HTTPRoute and GRPCRoute through an Application Load Balancer; no URLRewrite filter; certificates from ACM (a LoadBalancerConfiguration), not from Secrets");

    // https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/docs/guide/gateway/l4gateway.md
    private static readonly GatewayControllerOffer AwsNlb = new("AWS Load Balancer Controller v3 (NLB)", "gateway.k8s.aws/nlb",
        ["nlb"], "TCPRoute, UDPRoute and TLSRoute through a Network Load Balancer");

    // https://cloud.google.com/kubernetes-engine/docs/how-to/gatewayclass-capabilities
    private static readonly GatewayControllerOffer Gke = new("GKE Gateway controller", "networking.gke.io/gateway",
        ["gke-l7-global-external-managed", "gke-l7-regional-external-managed", "gke-l7-rilb", "gke-l7-gxlb",
         "gke-l7-global-external-managed-mc", "gke-l7-regional-external-managed-mc", "gke-l7-rilb-mc", "gke-l7-gxlb-mc",
         "gke-l7-cross-regional-internal-managed-mc"],
        "HTTPRoute and GRPCRoute through a Google Cloud Application Load Balancer");

    // https://learn.microsoft.com/azure/application-gateway/for-containers/how-to-ssl-offloading-gateway-api
    private static readonly GatewayControllerOffer AzureAgc = new("Application Gateway for Containers", "alb.networking.azure.io/alb-controller",
        ["azure-alb-external"], "HTTPRoute and GRPCRoute");

    // https://learn.microsoft.com/azure/aks/app-routing-gateway-api
    private static readonly GatewayControllerOffer AksAppRouting = new("AKS application routing, Gateway API mode (managed Istio without a mesh)",
        "istio.aks.azure.com/gateway-controller", ["approuting-istio"], "HTTPRoute and GRPCRoute");

    private static readonly GatewayControllerOffer AksIstio = new("AKS Istio service-mesh add-on", "istio.io/gateway-controller",
        ["istio"], "HTTPRoute and GRPCRoute");

    // https://doc.traefik.io/traefik/reference/install-configuration/providers/kubernetes/kubernetes-gateway/
    private static readonly GatewayControllerOffer Traefik = new("Traefik", TraefikController,
        ["traefik"], "HTTPRoute, GRPCRoute and TLSRoute; TCPRoute with the provider's experimentalChannel option and the experimental CRDs; no UDPRoute");

    // The controllers a cluster without one of its own usually gets; each Gateway becomes a LoadBalancer Service.
    private const string InstalledServes = "HTTPRoute and GRPCRoute; TCP, UDP and TLS routes as its documentation lists";

    private static readonly GatewayControllerOffer[] Installable =
    [
        new("Envoy Gateway", "gateway.envoyproxy.io/gatewayclass-controller", ["eg"], InstalledServes),
        new("Cilium", "io.cilium/gateway-controller", ["cilium"], InstalledServes),
        new("NGINX Gateway Fabric", "gateway.nginx.org/nginx-gateway-controller", ["nginx"], InstalledServes),
        new("Istio", "istio.io/gateway-controller", ["istio"], InstalledServes),
        new("kgateway", "kgateway.dev/kgateway", ["kgateway"], InstalledServes),
    ];

    private const string InstallableL4 =
        "TCPRoute and UDPRoute where the installed controller implements them: standard from Gateway API v1.6, experimental (v1alpha2) before.";

    // https://github.com/kubernetes/ingress-nginx (read-only since March 2026); https://docs.rke2.io/reference/ingress_migration
    private static PlatformToday Rke1(ProviderKind kind, GatewayAddressKind address, string addressText) => new(
        kind, Installable, ShipsGatewayController: false, address, addressText,
        "None shipped: " + InstallableL4,
        "ingress-nginx, which RKE deploys; it was retired in March 2026 and RKE itself is end-of-life.",
        IngressControllerRetired: true,
        [new("A maintained cluster distribution", "RKE is end-of-life: move the workloads to an RKE2 cluster, which ships Traefik with Gateway API.")],
        "an RKE2 cluster, whose ingress controller is Traefik");

    public static IReadOnlyList<PlatformToday> Rows { get; } =
    [
        new(ProviderKind.AmazonEks, [AwsAlb, AwsNlb], ShipsGatewayController: true, GatewayAddressKind.DnsName,
            "a DNS name: the ALB's or NLB's DNS name, lower-cased, as one status address of type Hostname",
            "TCPRoute, UDPRoute and TLSRoute on an NLB Gateway (a class with controllerName gateway.k8s.aws/nlb); TCP and UDP routes need the Gateway API v1.6 standard CRDs.",
            "AWS Load Balancer Controller (an ALB per Ingress or Ingress group).",
            IngressControllerRetired: false,
            [
                // https://repost.aws/articles/ARLz9nw4xwQxeccccvgez8cQ
                new("Gateway API in AWS Load Balancer Controller before v3.2.0",
                    "Set the feature gates ALBGatewayAPI=true and NLBGatewayAPI=true (--feature-gates); from v3.2.0 the controller finds the Gateway API CRDs by itself."),
            ],
            "the AWS Load Balancer Controller's Ingress support (an ALB)"),
        new(ProviderKind.GoogleGke, [Gke], ShipsGatewayController: true, GatewayAddressKind.Ip,
            "an IP: the load balancer's address, as a status address of type IPAddress",
            "None from the GKE Gateway controller, whose classes are all L7: a LoadBalancer Service gives L4.",
            "GKE Ingress (class gce: a Google Cloud load balancer per Ingress, with HTTP load balancing on).",
            IngressControllerRetired: false,
            [
                // https://cloud.google.com/kubernetes-engine/docs/how-to/deploying-gateways
                new("Gateway API on a Standard cluster", "gcloud container clusters update CLUSTER --location=LOCATION --gateway-api=standard"),
            ],
            "GKE Ingress (class gce)"),
        new(ProviderKind.AzureAks, [AzureAgc, AksAppRouting, AksIstio], ShipsGatewayController: true, GatewayAddressKind.DnsName,
            "a DNS name with Application Gateway for Containers (<id>.<zone>.alb.azure.com; some versions write it with type IPAddress, so the value decides); an IP from the Azure load balancer with approuting-istio or istio",
            "None from Application Gateway for Containers or application routing: a LoadBalancer Service gives L4 from the Azure load balancer.",
            "None by default. The application routing add-on's managed NGINX is supported until November 2026.",
            IngressControllerRetired: false,
            [
                new("Application Gateway for Containers", "az aks update --enable-application-load-balancer (the ALB Controller add-on creates the class azure-alb-external)."),
                // https://learn.microsoft.com/azure/aks/app-routing-gateway-api (GA in AKS release v20260428)
                new("The managed Gateway API (class approuting-istio)",
                    "az aks update --enable-gateway-api --enable-app-routing-istio; it cannot run beside the Istio service-mesh add-on."),
            ],
            "Application Gateway for Containers, which serves Ingresses too"),
        Rke1(ProviderKind.RkeEc2, GatewayAddressKind.DnsName,
            "whatever the Gateway API controller you install gets for its LoadBalancer Service: with the AWS cloud provider, an ELB's DNS name"),
        Rke1(ProviderKind.RkeDigitalOcean, GatewayAddressKind.FromInstalledController,
            "whatever the Gateway API controller you install gets for its LoadBalancer Service: pending unless a load balancer is installed, such as MetalLB"),
        Rke1(ProviderKind.RkeVsphere, GatewayAddressKind.FromInstalledController,
            "whatever the Gateway API controller you install gets for its LoadBalancer Service: pending unless a load balancer is installed, such as MetalLB"),
        Rke1(ProviderKind.RkeCustom, GatewayAddressKind.FromInstalledController,
            "whatever the Gateway API controller you install gets for its LoadBalancer Service: pending unless a load balancer is installed, such as MetalLB"),
        new(ProviderKind.MetalLb, Installable, ShipsGatewayController: false, GatewayAddressKind.PoolIpOrPending,
            "an IP from MetalLB's address pool (each Gateway becomes a LoadBalancer Service); pending while MetalLB has no free address",
            InstallableL4,
            "Whichever ingress controller is installed: MetalLB balances Layer 4 only.",
            IngressControllerRetired: false,
            [],
            "another maintained ingress controller, such as Traefik"),
        // https://docs.rke2.io/networking/networking_services ; https://docs.rke2.io/reference/ingress_migration
        new(ProviderKind.Rke2, [Traefik], ShipsGatewayController: true, GatewayAddressKind.NodeIps,
            "the nodes' IPs: RKE2 runs Traefik on every node with host ports 80 and 443, as it ran ingress-nginx (a LoadBalancer Service in its HelmChartConfig changes that)",
            "Through Traefik: TLSRoute, and TCPRoute with its experimentalChannel option; no UDPRoute.",
            "Traefik on new clusters from v1.36; clusters upgraded from older versions keep ingress-nginx, which is deprecated in v1.36 and removed in v1.37.",
            IngressControllerRetired: false,
            [
                new("Traefik's Gateway API provider",
                    "A HelmChartConfig named rke2-traefik in kube-system with valuesContent: providers.kubernetesGateway.enabled: true (the chart then creates the GatewayClass traefik). In v1.34–v1.36 the Traefik chart ships the standard CRDs; from v1.37 a separate chart does."),
                new("ServiceLB (LoadBalancer Services on the nodes' IPs)", "Start the RKE2 servers with --enable-servicelb."),
            ],
            "Traefik, RKE2's ingress controller for new clusters from v1.36 (docs.rke2.io/reference/ingress_migration)"),
        // https://docs.k3s.io/networking/networking-services (Traefik's Gateway provider keeps the chart default: off)
        new(ProviderKind.K3s, [Traefik], ShipsGatewayController: true, GatewayAddressKind.NodeIps,
            "the nodes' IPs: ServiceLB gives Traefik's LoadBalancer Service the external IPs of its nodes (else their internal IPs); pending if no node has the port free",
            "Through Traefik: TLSRoute, and TCPRoute with its experimentalChannel option; no UDPRoute.",
            "Traefik v3, deployed by default.",
            IngressControllerRetired: false,
            [
                new("Traefik's Gateway API provider",
                    "A HelmChartConfig named traefik in kube-system with valuesContent: providers.kubernetesGateway.enabled: true (the chart then creates the GatewayClass traefik)."),
            ],
            "Traefik, which K3s deploys by default",
            "the nodes' IPs from ServiceLB (K3s's klipper-lb; pending while no node has the port free)"),
    ];

    /// <summary>The row for a kind; null for <see cref="ProviderKind.Unknown"/>.</summary>
    public static PlatformToday? For(ProviderKind kind) => Rows.FirstOrDefault(row => row.Kind == kind);

    /// <summary>The Gateway address in words for the pages, like <see cref="SupportMatrix.Describe"/> for ingresses.</summary>
    public static string Describe(GatewayAddressKind address) => address switch
    {
        GatewayAddressKind.DnsName => "a DNS name: map your domain to it with a CNAME record",
        GatewayAddressKind.Ip => "one routable IP: an A record, or a generated hostname",
        GatewayAddressKind.NodeIps => "the nodes' IPs: A records, or a generated hostname",
        GatewayAddressKind.PoolIpOrPending => "an IP from a load balancer on the cluster (such as MetalLB), or pending without one",
        _ => "whatever the controller you install gets for its LoadBalancer Service",
    };
}
