using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Tests.Packaging;

/// <summary>
/// The rules of a <c>.dockerignore</c> as Docker reads them (docs.docker.com, "Build context"): one pattern a line,
/// <c>#</c> comments, paths relative to the context with leading and trailing slashes dropped, <c>*</c> and <c>?</c>
/// within one path segment, <c>**</c> across any number of them, <c>!</c> re-includes, and the last matching line
/// wins. A pattern that matches a directory excludes everything below it.
/// </summary>
public sealed class DockerIgnoreRules
{
    private readonly List<(Regex Pattern, bool Exclude)> rules;

    private DockerIgnoreRules(List<(Regex Pattern, bool Exclude)> rules) => this.rules = rules;

    public static DockerIgnoreRules Parse(string text) => new(text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.StartsWith('!') ? (ToRegex(line[1..]), false) : (ToRegex(line), true))
        .ToList());

    /// <summary>Whether <paramref name="path"/> (relative, with '/') stays out of the build context.</summary>
    public bool Excludes(string path)
    {
        var excluded = false;
        var segments = path.Split('/');
        for (var depth = 1; depth <= segments.Length; depth++)
        {
            var prefix = string.Join('/', segments[..depth]);
            foreach (var (pattern, exclude) in rules)
            {
                if (pattern.IsMatch(prefix))
                    excluded = exclude;
            }

            // An excluded directory is not descended into.
            if (excluded && depth < segments.Length)
                return true;
        }

        return excluded;
    }

    private static Regex ToRegex(string pattern)
    {
        var cleaned = pattern.Trim('/');
        var regex = new StringBuilder("^");
        for (var i = 0; i < cleaned.Length; i++)
        {
            if (cleaned[i] == '*' && i + 1 < cleaned.Length && cleaned[i + 1] == '*')
            {
                var slash = i + 2 < cleaned.Length && cleaned[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (cleaned[i] == '*')
            {
                regex.Append("[^/]*");
            }
            else if (cleaned[i] == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(cleaned[i].ToString()));
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
