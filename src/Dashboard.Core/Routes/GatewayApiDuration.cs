using System.Text.RegularExpressions;

namespace Dashboard.Core.Routes;

/// <summary>A Gateway API <c>Duration</c> (GEP-2257): up to four number-unit pairs, such as <c>10s</c> or <c>1m30s</c>.</summary>
public static partial class GatewayApiDuration
{
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "Required value: enter a duration, for example '10s', or leave the timeout out.";
        return DurationPattern().IsMatch(value)
            ? null
            : $"Invalid value \"{value}\": a timeout is up to four number-unit pairs without spaces, units h, m, s or ms, each number at most 5 digits. For example '10s', '1m30s' or '500ms'.";
    }

    // \A and \z: '$' would also match before a trailing newline, which the API server refuses.
    [GeneratedRegex(@"\A([0-9]{1,5}(h|m|s|ms)){1,4}\z")]
    private static partial Regex DurationPattern();
}
