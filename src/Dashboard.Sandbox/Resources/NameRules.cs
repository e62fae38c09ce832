using System.Text.RegularExpressions;

namespace Dashboard.Sandbox.Resources;

/// <summary>Which of apimachinery's name formats a kind's <c>metadata.name</c> must follow.</summary>
internal enum NameRule
{
    Dns1123Subdomain,
    Dns1123Label,
    Dns1035Label,
}

/// <summary>apimachinery's name validators, with their exact messages (the double space is theirs).</summary>
internal static partial class NameRules
{
    private const string LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string SubdomainFormat = LabelFormat + @"(\." + LabelFormat + ")*";
    private const string Dns1035Format = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private const string ConfigKeyFormat = "[-._a-zA-Z0-9]+";

    public static IEnumerable<string> Check(NameRule rule, string name) => rule switch
    {
        NameRule.Dns1123Label => Check(name, 63, LabelRegex(), RegexError(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
            LabelFormat, "my-name", "123-abc")),
        NameRule.Dns1035Label => Check(name, 63, Dns1035Regex(), RegexError(
            "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
            Dns1035Format, "my-name", "abc-123")),
        _ => Check(name, 253, SubdomainRegex(), SubdomainMessage),
    };

    public static string SubdomainMessage { get; } = RegexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        SubdomainFormat, "example.com");

    public static IEnumerable<string> CheckSubdomain(string value) => Check(NameRule.Dns1123Subdomain, value);

    /// <summary>Ingress hosts may be <c>*.example.com</c>.</summary>
    public static IEnumerable<string> CheckWildcardSubdomain(string value) =>
        value.StartsWith("*.", StringComparison.Ordinal)
            ? Check(value, 253, WildcardRegex(), RegexError(
                "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
                @"\*\." + SubdomainFormat, "*.example.com"))
            : CheckSubdomain(value);

    public static IEnumerable<string> CheckConfigKey(string key) =>
        Check(key, 253, ConfigKeyRegex(), RegexError(
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
            ConfigKeyFormat, "key.name", "KEY_NAME", "key-name"));

    private static IEnumerable<string> Check(string value, int maxLength, Regex pattern, string message)
    {
        if (value.Length > maxLength)
        {
            yield return $"must be no more than {maxLength} characters";
        }

        if (!pattern.IsMatch(value))
        {
            yield return message;
        }
    }

    /// <summary>apimachinery's <c>RegexError</c>: examples joined by <c>",  or "</c>.</summary>
    private static string RegexError(string message, string format, params string[] examples) =>
        $"{message} (e.g. {string.Concat(examples.Select((example, i) => (i > 0 ? " or " : string.Empty) + $"'{example}', "))}regex used for validation is '{format}')";

    [GeneratedRegex("^" + LabelFormat + "$")]
    private static partial Regex LabelRegex();

    [GeneratedRegex("^" + SubdomainFormat + "$")]
    private static partial Regex SubdomainRegex();

    [GeneratedRegex("^" + Dns1035Format + "$")]
    private static partial Regex Dns1035Regex();

    [GeneratedRegex(@"^\*\." + SubdomainFormat + "$")]
    private static partial Regex WildcardRegex();

    [GeneratedRegex("^" + ConfigKeyFormat + "$")]
    private static partial Regex ConfigKeyRegex();
}
