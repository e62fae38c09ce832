using System.Security.Cryptography;

namespace Dashboard.Data.Protection;

/// <summary>The 256-bit key of <see cref="KeyRingProtectionOptions.Key"/>, and a short id that tells keys apart without revealing them.</summary>
internal sealed record ConfiguredKey(byte[] Bytes)
{
    public string Id => Convert.ToHexStringLower(SHA256.HashData(Bytes).AsSpan(0, 8));

    public static ConfiguredKey? TryParse(string base64)
    {
        var buffer = new byte[64];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var length) && length == 32 ? new ConfiguredKey(buffer[..32]) : null;
    }
}
