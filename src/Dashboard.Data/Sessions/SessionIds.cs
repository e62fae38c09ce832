using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Data.Sessions;

/// <summary>Session ids: 256 random bits, URL-safe; stored as their SHA-256 only.</summary>
internal static class SessionIds
{
    public const int HashLength = 64;
    public const int AddressMaxLength = 64;
    public const int UserAgentMaxLength = 256;

    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string sessionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));

    /// <summary>The id is random, so a malformed one is simply unknown; bounding it keeps hashing cheap.</summary>
    public static bool HasTheShapeOfOne(string? sessionId) => sessionId is { Length: > 0 and <= 64 };

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
