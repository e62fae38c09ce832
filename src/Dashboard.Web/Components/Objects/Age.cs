using System.Globalization;

namespace Dashboard.Web.Components.Objects;

/// <summary>How long ago, the way kubectl prints ages: 45s, 12m, 3h, 2d.</summary>
public static class Age
{
    public static string Since(DateTimeOffset? then, DateTimeOffset now)
    {
        if (then is not { } moment)
            return "–";
        var elapsed = now - moment;
        if (elapsed < TimeSpan.Zero)
            elapsed = TimeSpan.Zero;
        return elapsed.TotalSeconds < 120 ? Format((int)elapsed.TotalSeconds, "s")
            : elapsed.TotalMinutes < 120 ? Format((int)elapsed.TotalMinutes, "m")
            : elapsed.TotalHours < 48 ? Format((int)elapsed.TotalHours, "h")
            : Format((int)elapsed.TotalDays, "d");
    }

    private static string Format(int value, string unit) => value.ToString(CultureInfo.InvariantCulture) + unit;
}
