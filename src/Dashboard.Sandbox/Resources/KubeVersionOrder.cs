using System.Text.RegularExpressions;

namespace Dashboard.Sandbox.Resources;

/// <summary>
/// apimachinery's version priority (<c>version.CompareKubeAwareVersionStrings</c>): GA before beta before
/// alpha, higher numbers first within each (v1 &lt; v1beta1 &lt; v1alpha2 in this order).
/// </summary>
internal sealed partial class KubeVersionOrder : IComparer<string>
{
    public static KubeVersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y) => Key(x).CompareTo(Key(y));

    private static (int Level, int Major, int Minor, string Text) Key(string? version)
    {
        var match = Pattern().Match(version ?? string.Empty);
        if (!match.Success)
        {
            return (3, 0, 0, version ?? string.Empty);
        }

        var major = int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minor = match.Groups["minor"].Success ? int.Parse(match.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var level = match.Groups["level"].Value switch { "" => 0, "beta" => 1, _ => 2 };
        return (level, -major, -minor, string.Empty);
    }

    [GeneratedRegex("^v(?<major>[0-9]+)(?:(?<level>alpha|beta)(?<minor>[0-9]+))?$")]
    private static partial Regex Pattern();
}
