using System.Security.Cryptography.X509Certificates;

namespace Dashboard.Data.Protection;

internal static class ProtectionCertificate
{
    /// <exception cref="System.Security.Cryptography.CryptographicException"/>
    public static X509Certificate2 Load(KeyRingProtectionOptions options) =>
        X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
}
