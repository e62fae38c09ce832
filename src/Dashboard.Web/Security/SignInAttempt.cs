namespace Dashboard.Web.Security;

/// <summary>The user name a sign-in request typed, read before the rate limiter partitions on it (<see cref="SignInAttemptReader"/>).</summary>
public sealed record SignInAttempt(string UserName)
{
    /// <summary>Longer names are cut: a partition key stays small however long what was typed.</summary>
    public const int MaxUserNameLength = 256;

    /// <summary>As Identity compares user names: trimmed, case-insensitive.</summary>
    public static string Normalize(string? userName)
    {
        var trimmed = (userName ?? "").Trim();
        return (trimmed.Length > MaxUserNameLength ? trimmed[..MaxUserNameLength] : trimmed).ToUpperInvariant();
    }
}
