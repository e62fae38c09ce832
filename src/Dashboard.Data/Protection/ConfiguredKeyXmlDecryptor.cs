using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Protection;

/// <summary>
/// Reads what <see cref="ConfiguredKeyXmlEncryptor"/> wrote. Data Protection creates it by its type name in the key
/// file, with the service provider, so it finds the key in the options.
/// </summary>
internal sealed class ConfiguredKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keyId = (string?)encryptedElement.Attribute("keyId");
        var text = services.GetService<IOptions<KeyRingProtectionOptions>>()?.Value.Key;
        var configured = text is null ? null : ConfiguredKey.TryParse(text);
        if (configured is null)
            throw new CryptographicException(
                $"The Data Protection keys are encrypted with a key (id {keyId}), but {KeyRingProtectionOptions.Section}:Key is not set. Set it to the key the data directory was made with.");
        if (configured.Id != keyId)
            throw new CryptographicException(
                $"The Data Protection keys are encrypted with key id {keyId}, but {KeyRingProtectionOptions.Section}:Key has id {configured.Id}. Set it to the key the data directory was made with.");
        return KeyRingCipher.Open(configured.Bytes, "key:" + configured.Id, (string)encryptedElement.Element("value")!);
    }
}
