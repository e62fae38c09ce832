using System.Text.RegularExpressions;

namespace Dashboard.Core.Routes;

/// <summary>A header (or query parameter) name as Gateway API takes it: an RFC 7230 token of at most 256 characters.</summary>
public static partial class HttpHeaderNames
{
    public const int MaxLength = 256;

    public static string? Problem(string? name, string what = "header name")
    {
        if (string.IsNullOrEmpty(name))
            return $"Required value: enter a {what}, for example 'X-Canary'.";
        if (name.Length > MaxLength)
            return $"Invalid value \"{name[..40]}…\": a {what} must be no more than {MaxLength} characters. It has {name.Length}; shorten it.";
        if (!TokenPattern().IsMatch(name))
            return $"Invalid value \"{name}\": a {what} must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~; no spaces, ':' or '/'). For example 'X-Canary'.";
        return null;
    }

    [GeneratedRegex(@"\A[A-Za-z0-9!#$%&'*+\-.^_`|~]+\z")]
    private static partial Regex TokenPattern();
}
