using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Dashboard.Data.Protection;

/// <summary>
/// Encrypts each Data Protection key's XML with AES-256-GCM under <see cref="KeyRingProtectionOptions.Key"/>. The
/// output names the key by its id only, so a dashboard given another key says so instead of failing obscurely.
/// </summary>
internal sealed class ConfiguredKeyXmlEncryptor(ConfiguredKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with Dashboard:DataProtection:Key. "),
            new XAttribute("keyId", key.Id),
            new XElement("value", KeyRingCipher.Seal(key.Bytes, "key:" + key.Id, plaintextElement)));
        return new EncryptedXmlInfo(element, typeof(ConfiguredKeyXmlDecryptor));
    }
}
