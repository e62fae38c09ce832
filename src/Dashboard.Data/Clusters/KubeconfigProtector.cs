using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Data.Clusters;

/// <summary>
/// Encrypts kubeconfigs at rest with ASP.NET Core Data Protection. The purpose string isolates these
/// payloads from every other protector of the app; bump the version to rotate the scheme.
/// </summary>
internal sealed class KubeconfigProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "Dashboard.Data.Kubeconfig.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string kubeconfig) => _protector.Protect(kubeconfig);

    /// <exception cref="InvalidOperationException">the keys that encrypted it are gone or changed.</exception>
    public string Unprotect(Guid clusterId, string protectedKubeconfig)
    {
        try
        {
            return _protector.Unprotect(protectedKubeconfig);
        }
        catch (CryptographicException e)
        {
            // Says what to do; carries neither the ciphertext nor the kubeconfig.
            throw new InvalidOperationException(
                $"The kubeconfig of cluster {clusterId} cannot be decrypted: the data-protection keys that "
                + "encrypted it are missing or were replaced (check the keys directory in the data directory). "
                + "Register the cluster again with its kubeconfig.", e);
        }
    }
}
