namespace Dashboard.Core.Providers;

/// <summary>
/// The cluster deployments of the Rancher 2.0–2.4 support matrix, the two Rancher distributions that replaced RKE
/// (<see cref="Rke2"/>, <see cref="K3s"/>), plus <see cref="Unknown"/>.
/// </summary>
public enum ProviderKind
{
    Unknown = 0,
    AmazonEks = 1,
    GoogleGke = 2,
    AzureAks = 3,
    RkeEc2 = 4,
    RkeDigitalOcean = 5,
    RkeVsphere = 6,
    RkeCustom = 7,
    MetalLb = 8,
    Rke2 = 9,
    K3s = 10,
}
