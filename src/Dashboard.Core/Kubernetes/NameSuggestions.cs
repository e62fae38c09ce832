using System.Text;

namespace Dashboard.Core.Kubernetes;

/// <summary>
/// Turns a name a user typed ("My App_2") into one the rules accept ("my-app-2"), so a message can say "Try 'x'"
/// instead of only quoting the regex. A suggestion is shown only when it passes the rule it is offered for.
/// </summary>
internal static class NameSuggestions
{
    public static string Label(string value) => Label(value, KubernetesNames.LabelMaxLength);

    public static string Label(string value, int maxLength)
    {
        var dashed = Dashed(value, keepDots: false);
        return dashed.Length <= maxLength ? dashed : dashed[..maxLength].TrimEnd('-');
    }

    public static string Subdomain(string value)
    {
        var labels = Dashed(value, keepDots: true).Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim('-'))
            .Where(l => l.Length > 0);
        var joined = string.Join('.', labels);
        return joined.Length <= KubernetesNames.SubdomainMaxLength
            ? joined
            : joined[..KubernetesNames.SubdomainMaxLength].TrimEnd('-', '.');
    }

    // Lower case, anything else becomes one '-', no '-' at either end.
    private static string Dashed(string value, bool keepDots)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim().ToLowerInvariant())
        {
            var kept = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (keepDots && c == '.');
            var next = kept ? c : '-';
            if (next == '-' && builder.Length > 0 && builder[^1] == '-')
                continue;
            builder.Append(next);
        }
        return builder.ToString().Trim('-');
    }
}
