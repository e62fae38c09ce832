using System.Text.RegularExpressions;

namespace Dashboard.Core.Clusters;

/// <summary>
/// What a cluster's display name may be. It appears in URLs, audit rows and kubeconfig file names,
/// so it is kept to a short, shell- and URL-safe alphabet, like Rancher's cluster names.
/// </summary>
public static partial class ClusterNameRules
{
    public const int MaxLength = 63;

    /// <summary>Null when valid, else a sentence that says what is wrong and what to do.</summary>
    public static string? Validate(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            return "Give the cluster a name, for example 'prod-eu-1'.";
        if (trimmed.Length > MaxLength)
            return $"The name is {trimmed.Length} characters long; use at most {MaxLength}.";
        if (!Allowed().IsMatch(trimmed))
            return "Use letters, digits, '-', '_' and '.', starting and ending with a letter or digit (for example 'prod-eu-1').";
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")]
    private static partial Regex Allowed();
}
