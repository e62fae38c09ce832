namespace Dashboard.Data.Protection;

/// <summary>
/// <c>Dashboard:DataProtection</c>: how the Data Protection key ring (which decrypts every stored kubeconfig) is
/// encrypted at rest. One of a certificate or a key; with neither, the keys lie in plain XML beside the database
/// and the dashboard warns at start. Checked by <see cref="KeyRingProtectionOptionsValidator"/>.
/// </summary>
public sealed class KeyRingProtectionOptions
{
    public const string Section = "Dashboard:DataProtection";

    /// <summary>A PKCS#12 (.pfx/.p12) file with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>A 256-bit key, base64 (<c>openssl rand -base64 32</c>), from a secret store or an environment variable.</summary>
    public string? Key { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(Key);
}
