using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Protection;

/// <summary>Reads what <see cref="CertificateKeyRingEncryptor"/> wrote, with the configured certificate's private key.</summary>
internal sealed class CertificateKeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var thumbprint = (string?)encryptedElement.Attribute("thumbprint");
        var options = services.GetService<IOptions<KeyRingProtectionOptions>>()?.Value;
        if (options is null || string.IsNullOrWhiteSpace(options.CertificatePath))
            throw new CryptographicException(
                $"The Data Protection keys are encrypted with the certificate {thumbprint}, but {KeyRingProtectionOptions.Section}:CertificatePath is not set. Set it to that certificate (with its private key).");
        using var certificate = ProtectionCertificate.Load(options);
        if (!string.Equals(certificate.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase))
            throw new CryptographicException(
                $"The Data Protection keys are encrypted with the certificate {thumbprint}, but {KeyRingProtectionOptions.Section}:CertificatePath is {certificate.Thumbprint}. Configure the certificate the data directory was made with.");
        using var rsa = certificate.GetRSAPrivateKey()
            ?? throw new CryptographicException($"The certificate {thumbprint} has no RSA private key.");
        var contentKey = rsa.Decrypt(Convert.FromBase64String((string)encryptedElement.Element("wrappedKey")!), RSAEncryptionPadding.OaepSHA256);
        try
        {
            return KeyRingCipher.Open(contentKey, "certificate:" + thumbprint, (string)encryptedElement.Element("value")!);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }
}
