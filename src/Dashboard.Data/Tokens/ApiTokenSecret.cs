using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Data.Tokens;

/// <summary>
/// The secret of an API token: <c>dbt_</c> and 32 random bytes in base64url. The marker makes a leaked token
/// recognisable (to secret scanners and to people); the 256 random bits make it unguessable, so a plain,
/// unsalted SHA-256 is enough to store it: there is no dictionary to try against it.
/// </summary>
internal static class ApiTokenSecret
{
    public const string Marker = "dbt_";

    public const int PrefixLength = 8;

    /// <summary>SHA-256 in hex.</summary>
    public const int HashLength = 64;

    private const int RandomByteCount = 32;

    public static int Length { get; } = Marker.Length + Base64Url.GetEncodedLength(RandomByteCount);

    public static string Create() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomByteCount));

    public static string PrefixOf(string secret) => secret[..PrefixLength];

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Anything else cannot be one of ours; refusing it early spares hashing and a query.</summary>
    public static bool HasTheShapeOfOne(string? candidate) =>
        candidate is not null && candidate.Length == Length && candidate.StartsWith(Marker, StringComparison.Ordinal);
}
