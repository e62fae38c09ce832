using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Dashboard.Data.Protection;

/// <summary>AES-256-GCM over a key's XML, bound to a label (what it was encrypted for), for both ways of protecting the key ring.</summary>
internal static class KeyRingCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Seal(byte[] key, string label, XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagSize];
            using (var aes = new AesGcm(key, TagSize))
                aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(label));
            return Convert.ToBase64String([.. nonce, .. tag, .. ciphertext]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <exception cref="CryptographicException">the wrong key, or a changed file.</exception>
    public static XElement Open(byte[] key, string label, string sealedBase64)
    {
        var blob = Convert.FromBase64String(sealedBase64);
        var plaintext = new byte[blob.Length - NonceSize - TagSize];
        try
        {
            using (var aes = new AesGcm(key, TagSize))
                aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(label));
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
