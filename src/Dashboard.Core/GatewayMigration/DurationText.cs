using System.Text;

namespace Dashboard.Core.GatewayMigration;

/// <summary>Writes a Gateway API duration (<c>1h30m</c>, <c>600s</c> as <c>10m</c>): whole units, at most five digits each (longer is written as the longest, 99999h).</summary>
internal static class DurationText
{
    private const long MaxUnits = 99999;

    public static string FromSeconds(long seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        if (seconds / 3600 > MaxUnits)
            return MaxUnits + "h";
        var hours = seconds / 3600;
        var minutes = seconds % 3600 / 60;
        var rest = seconds % 60;
        var text = new StringBuilder();
        if (hours > 0)
            text.Append(hours).Append('h');
        if (minutes > 0)
            text.Append(minutes).Append('m');
        if (rest > 0)
            text.Append(rest).Append('s');
        return text.ToString();
    }
}
