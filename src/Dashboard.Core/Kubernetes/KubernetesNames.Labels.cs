using System.Text.RegularExpressions;

namespace Dashboard.Core.Kubernetes;

/// <summary>Label and annotation keys (qualified names) and label values.</summary>
public static partial class KubernetesNames
{
    /// <summary>The API server's limit on all annotations of an object together: keys plus values, in bytes.</summary>
    public const int AnnotationsMaxBytes = 256 * 1024;

    private const string QualifiedNameFormat =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";

    private const string LabelValueFormat =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";

    /// <summary>A label or annotation key: an optional DNS-1123 subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static string? QualifiedName(string? key)
    {
        if (string.IsNullOrEmpty(key))
            return "Required value: enter a key, for example 'app' or 'example.com/team'.";
        var parts = key.Split('/');
        if (parts.Length > 2)
            return NameMessages.Invalid(key, $"a qualified name {QualifiedNameFormat} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')", "Use at most one '/'.");
        var name = parts[^1];
        if (parts.Length == 2)
        {
            var prefix = parts[0];
            if (prefix.Length == 0)
                return NameMessages.Invalid(key, "prefix part must be non-empty", $"Remove the '/' or put a domain before it, for example 'example.com/{name}'.");
            if (prefix.Length > SubdomainMaxLength)
                return NameMessages.Invalid(key, $"prefix part must be no more than {SubdomainMaxLength} characters", "Shorten the prefix.");
            if (SubdomainProblem(prefix) is not null)
                return NameMessages.Invalid(key, $"prefix part {Dns1123SubdomainFormat}", $"Try '{NameSuggestions.Subdomain(prefix)}/{name}'.");
        }
        if (name.Length == 0)
            return NameMessages.Invalid(key, "name part must be non-empty", "Put a name after the '/', for example 'example.com/team'.");
        if (name.Length > LabelMaxLength)
            return NameMessages.Invalid(key, $"name part must be no more than {LabelMaxLength} characters", $"It has {name.Length}; shorten it.");
        if (!QualifiedNamePattern().IsMatch(name))
            return NameMessages.Invalid(key, $"name part {QualifiedNameFormat}", "Replace other characters, such as spaces, with '-'.");
        return null;
    }

    /// <summary>A label value; unlike a key it may be empty.</summary>
    public static string? LabelValue(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (value.Length > LabelMaxLength)
            return NameMessages.Invalid(value, $"must be no more than {LabelMaxLength} characters", $"It has {value.Length}; shorten it, or use an annotation for longer text.");
        if (!QualifiedNamePattern().IsMatch(value))
            return NameMessages.Invalid(value, LabelValueFormat, "Replace other characters, such as spaces or '/', with '-', or use an annotation.");
        return null;
    }

    [GeneratedRegex(@"\A([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z")]
    private static partial Regex QualifiedNamePattern();
}
