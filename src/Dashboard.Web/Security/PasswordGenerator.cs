using System.Security.Cryptography;

namespace Dashboard.Web.Security;

/// <summary>One-time passwords: 20 characters from an alphabet without look-alikes (0/O, 1/l/I).</summary>
public static class PasswordGenerator
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate(int length = 20) => RandomNumberGenerator.GetString(Alphabet, length);
}
