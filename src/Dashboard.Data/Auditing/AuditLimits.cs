namespace Dashboard.Data.Auditing;

/// <summary>
/// Column lengths of the audit log. SQLite does not enforce a declared length, so <see cref="AuditLog"/>
/// truncates to these itself: an audit entry about an over-long input must still be written, and bounded.
/// </summary>
internal static class AuditLimits
{
    public const int Actor = 256;          // Identity's user-name length
    public const int Action = 64;
    public const int Message = 2000;
    public const int ClusterName = 256;    // more than any valid name: a refused one is recorded as given
    public const int Namespace = 256;
    public const int ObjectName = 256;

    public const char Ellipsis = '…';

    /// <summary>At most <paramref name="maxLength"/> characters, the last one "…" when cut.</summary>
    public static string? Truncate(string? value, int maxLength)
    {
        if (value is null || value.Length <= maxLength)
            return value;
        var keep = maxLength - 1;
        // Never split a surrogate pair: half of one is not text.
        if (char.IsHighSurrogate(value[keep - 1]))
            keep--;
        return string.Concat(value.AsSpan(0, keep), [Ellipsis]);
    }
}
