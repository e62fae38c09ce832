using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Protection;

/// <summary>
/// Says at start what protects the key ring: a warning that names the settings when nothing does, and a note when
/// keys from before the setting are still plain XML (Data Protection never re-encrypts a key; they retire as the
/// ring rotates, every 90 days).
/// </summary>
public sealed class KeyRingProtectionWarning(IOptions<KeyRingProtectionOptions> protection, DataLocation location, ILogger<KeyRingProtectionWarning> logger)
{
    public void Log()
    {
        if (!protection.Value.IsConfigured)
        {
            logger.LogWarning(
                "The Data Protection keys in {KeysDirectory} are stored unencrypted: whoever can read that directory can decrypt every stored kubeconfig. " +
                "Set {Section}:CertificatePath (a PKCS#12 file with an RSA key, and {Section}:CertificatePassword) or {Section}:Key (a base64 256-bit key).",
                location.KeysDirectory, KeyRingProtectionOptions.Section, KeyRingProtectionOptions.Section, KeyRingProtectionOptions.Section);
            return;
        }
        var plain = PlainKeyFiles(location.KeysDirectory);
        if (plain > 0)
            logger.LogWarning(
                "{Count} Data Protection key file(s) in {KeysDirectory} predate {Section} and are still unencrypted; new keys are encrypted, and these retire when the key ring rotates.",
                plain, location.KeysDirectory, KeyRingProtectionOptions.Section);
    }

    private static int PlainKeyFiles(string directory) =>
        !Directory.Exists(directory)
            ? 0
            : Directory.EnumerateFiles(directory, "key-*.xml").Count(file => !File.ReadAllText(file).Contains("<encryptedSecret", StringComparison.Ordinal));
}
