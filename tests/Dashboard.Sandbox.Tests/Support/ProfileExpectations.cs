namespace Dashboard.Sandbox.Tests.Support;

/// <summary>The profiles of src/Dashboard.Sandbox/README.md as test data: the Rancher 2.0–2.4 table's order, then RKE2 and K3s.</summary>
public static class ProfileExpectations
{
    public const string ElbHostname = @"^a[0-9a-f]{31}-[0-9]{10}\.eu-west-1\.elb\.amazonaws\.com$";

    private static readonly (string, string) Controlplane = ("node-role.kubernetes.io/controlplane", "true");
    private static readonly (string, string) Nginx = ("nginx", "k8s.io/ingress-nginx");
    private static readonly (string, string) Server = ("node-role.kubernetes.io/control-plane", "true");
    private static readonly (string, string) Traefik = ("traefik", "traefik.io/ingress-controller");

    public static IReadOnlyList<ProfileExpectation> All { get; } =
    [
        new("eks", "aws:///eu-west-1", ("eks.amazonaws.com/nodegroup", "ng-1"), ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            LoadBalancerOutcome.Hostname, null, IngressOutcome.Hostname, null, ("alb", "ingress.k8s.aws/alb"), false, false),
        new("gke", "gce://my-project/europe-west1-b/gke-", ("cloud.google.com/gke-nodepool", "default-pool"), ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
            LoadBalancerOutcome.Ip, "198.51.100.100", IngressOutcome.OneIp, "198.51.100.150", ("gce", "k8s.io/ingress-gce"), false, false),
        new("aks", "azure:///subscriptions/", ("kubernetes.azure.com/cluster", "MC_rg_aks_westeurope"), ["192.0.2.20", "192.0.2.21", "192.0.2.22"],
            LoadBalancerOutcome.Ip, "192.0.2.100", IngressOutcome.None, null, null, false, false),
        new("rke-ec2", "aws:///eu-west-1a/i-", Controlplane, ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            LoadBalancerOutcome.Hostname, null, IngressOutcome.NodeIps, null, Nginx, true, false),
        new("rke-digitalocean", "digitalocean://", Controlplane, ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            LoadBalancerOutcome.Pending, null, IngressOutcome.NodeIps, null, Nginx, true, true),
        new("rke-vsphere", "vsphere://4230", Controlplane, ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            LoadBalancerOutcome.Pending, null, IngressOutcome.NodeIps, null, Nginx, true, true),
        new("rke-custom", null, Controlplane, ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            LoadBalancerOutcome.Pending, null, IngressOutcome.NodeIps, null, Nginx, true, true),
        new("metallb", null, ("node-role.kubernetes.io/control-plane", ""), ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            LoadBalancerOutcome.Ip, "198.51.100.200", IngressOutcome.NodeIps, null, Nginx, true, true),
        // RKE2 runs no ServiceLB; on K3s, Traefik's own LoadBalancer Service holds ports 80 and 443, so a second one on 80 waits.
        new("rke2", "rke2://", Server, ["203.0.113.51", "203.0.113.52", "203.0.113.53"],
            LoadBalancerOutcome.Pending, null, IngressOutcome.NodeIps, null, Traefik, false, false),
        new("k3s", "k3s://", Server, ["203.0.113.61", "203.0.113.62", "203.0.113.63"],
            LoadBalancerOutcome.Pending, null, IngressOutcome.NodeIps, null, Traefik, false, false),
    ];

    /// <summary>Theory rows: the profile names, so each row's display name says which profile it is.</summary>
    public static TheoryData<string> Names => new(All.Select(p => p.Profile));

    public static ProfileExpectation For(string profile) => All.Single(p => p.Profile == profile);
}
