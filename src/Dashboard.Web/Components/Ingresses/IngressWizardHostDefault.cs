using Dashboard.Core.Ingresses;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Support;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// Which host a new rule starts with, from what the cluster offers: a generated name needs an ingress controller whose
/// address is an IP. Where the load balancers publish DNS names (AWS) or no controller exists (AKS), a generated rule
/// could never match a request, so the user's own host comes first.
/// </summary>
public static class IngressWizardHostDefault
{
    /// <summary>What the cluster's ingresses got, or, before any has an address, what its platform promises.</summary>
    public static bool DnsNameOnly(ClusterSupportReport? report) =>
        report?.Observed.IngressExposure == IngressExposure.DnsName
        || (report?.Observed.IngressExposure is IngressExposure.Unknown && report.Promise?.Exposure == IngressExposure.DnsName);

    /// <summary>Unknown (the cluster could not be read) keeps the generated name: nothing says it will not work.</summary>
    public static bool CanGenerate(ClusterSupportReport? report) =>
        report is null || (report.Observed.HasIngressController && !DnsNameOnly(report));

    public static HostChoice For(ClusterSupportReport? report) => CanGenerate(report) ? HostChoice.Generate : HostChoice.Custom;
}
