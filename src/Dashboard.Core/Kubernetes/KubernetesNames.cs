using System.Text.RegularExpressions;

namespace Dashboard.Core.Kubernetes;

/// <summary>
/// The API server's name rules (k8s.io/apimachinery/pkg/util/validation), checked before a request is sent so a
/// wizard can show the error next to its field. The wording is the API server's, so a message seen here and one
/// seen in kubectl read alike; each adds how to fix the value. Every rule returns null when the value is valid.
/// </summary>
public static partial class KubernetesNames
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;
    public const int PortNameMaxLength = 15;

    private const string Dns1123LabelFormat =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

    private const string Dns1035LabelFormat =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";

    private const string Dns1123SubdomainFormat =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

    private static readonly NameRule Label1123 = new("a lowercase RFC 1123 label", "my-name", LabelMaxLength,
        v => Dns1123LabelPattern().IsMatch(v) ? null : Dns1123LabelFormat, NameSuggestions.Label);

    private static readonly NameRule Label1035 = new("a DNS-1035 label", "my-name", LabelMaxLength,
        v => Dns1035LabelPattern().IsMatch(v) ? null : Dns1035LabelFormat, NameSuggestions.Label);

    private static readonly NameRule Subdomain1123 = new("a lowercase RFC 1123 subdomain", "example.com", SubdomainMaxLength,
        SubdomainProblem, NameSuggestions.Subdomain);

    private static readonly NameRule IanaServiceName = new("a port name", "http", PortNameMaxLength,
        PortNameProblem, v => NameSuggestions.Label(v, PortNameMaxLength));

    /// <summary>Namespaces.</summary>
    public static string? Dns1123Label(string? value) => Label1123.Check(value);

    /// <summary>Service names, which become DNS labels and environment variable names and so must start with a letter.</summary>
    public static string? Dns1035Label(string? value) => Label1035.Check(value);

    /// <summary>Ingress, Secret and IngressClass names, and a Service's external name.</summary>
    public static string? Dns1123Subdomain(string? value) => Subdomain1123.Check(value);

    /// <summary>
    /// An IANA_SVC_NAME: a named container port, or a Service port an Ingress can refer to by name
    /// (the API server refuses an Ingress backend port name that is not one).
    /// </summary>
    public static string? PortName(string? value) => IanaServiceName.Check(value);

    private static string? SubdomainProblem(string value) =>
        Dns1123SubdomainPattern().IsMatch(value) ? null : Dns1123SubdomainFormat;

    // The API server lists every broken rule; the first one is enough to fix the name, and the next shows up after.
    private static string? PortNameProblem(string value)
    {
        if (!PortNameCharacters().IsMatch(value))
            return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
        if (!value.Any(char.IsAsciiLetterLower))
            return "must contain at least one letter (a-z)";
        if (value.Contains("--", StringComparison.Ordinal))
            return "must not contain consecutive hyphens";
        if (value.StartsWith('-') || value.EndsWith('-'))
            return "must not begin or end with a hyphen";
        return null;
    }

    // \A and \z rather than ^ and $: '$' also matches before a trailing newline, which the API server would refuse.
    [GeneratedRegex(@"\A[a-z0-9]([-a-z0-9]*[a-z0-9])?\z")]
    private static partial Regex Dns1123LabelPattern();

    [GeneratedRegex(@"\A[a-z]([-a-z0-9]*[a-z0-9])?\z")]
    private static partial Regex Dns1035LabelPattern();

    [GeneratedRegex(@"\A[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex Dns1123SubdomainPattern();

    [GeneratedRegex(@"\A[-a-z0-9]+\z")]
    private static partial Regex PortNameCharacters();
}
