using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Dashboard.Data.Protection;

/// <summary>
/// Encrypts each Data Protection key's XML with a fresh AES-256 key, itself encrypted with the certificate's RSA
/// public key (OAEP-SHA256). Ours rather than ASP.NET's certificate encryptor: that one finds the decrypting
/// certificate in the machine's certificate store or in options set before the container is built, and the
/// dashboard's certificate is a setting read from the container.
/// </summary>
internal sealed class CertificateKeyRingEncryptor(X509Certificate2 certificate) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        using var rsa = certificate.GetRSAPublicKey()
            ?? throw new CryptographicException($"The certificate {certificate.Thumbprint} has no RSA key; the key ring needs one to be encrypted.");
        var contentKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var element = new XElement("encryptedKey",
                new XComment(" Encrypted with the certificate of Dashboard:DataProtection:CertificatePath. "),
                new XAttribute("thumbprint", certificate.Thumbprint),
                new XElement("wrappedKey", Convert.ToBase64String(rsa.Encrypt(contentKey, RSAEncryptionPadding.OaepSHA256))),
                new XElement("value", KeyRingCipher.Seal(contentKey, "certificate:" + certificate.Thumbprint, plaintextElement)));
            return new EncryptedXmlInfo(element, typeof(CertificateKeyRingDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }
}
