using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Protection;

public sealed class KeyRingProtectionOptionsValidator : IValidateOptions<KeyRingProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingProtectionOptions options)
    {
        var section = KeyRingProtectionOptions.Section;
        var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var hasKey = !string.IsNullOrWhiteSpace(options.Key);
        if (hasCertificate && hasKey)
            return ValidateOptionsResult.Fail($"{section}: set CertificatePath or Key, not both: the key ring is encrypted with one of them.");
        if (hasKey && ConfiguredKey.TryParse(options.Key!) is null)
            return ValidateOptionsResult.Fail($"{section}:Key is not a base64 256-bit key. Make one with 'openssl rand -base64 32'.");
        if (hasCertificate)
        {
            try
            {
                using var certificate = ProtectionCertificate.Load(options);
                using var rsa = certificate.GetRSAPrivateKey();
                if (rsa is null)
                    return ValidateOptionsResult.Fail($"{section}:CertificatePath '{options.CertificatePath}' has no RSA private key; the key ring needs one to be encrypted and read again. Export an RSA certificate with its key (PKCS#12).");
            }
            catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
            {
                return ValidateOptionsResult.Fail($"{section}:CertificatePath '{options.CertificatePath}' could not be loaded ({e.Message}). It must be a PKCS#12 file readable by the dashboard, with CertificatePassword if it has one.");
            }
        }
        return ValidateOptionsResult.Success;
    }
}
