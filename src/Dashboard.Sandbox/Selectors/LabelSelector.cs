using System.Text.RegularExpressions;
using Dashboard.Sandbox.Errors;

namespace Dashboard.Sandbox.Selectors;

/// <summary>
/// A <c>labelSelector</c> query: comma-separated requirements of the forms
/// <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k notin (a,b)</c>, <c>k</c>, <c>!k</c>.
/// </summary>
internal sealed partial class LabelSelector
{
    private readonly IReadOnlyList<Requirement> requirements;

    private LabelSelector(IReadOnlyList<Requirement> requirements) => this.requirements = requirements;

    public static LabelSelector Everything { get; } = new([]);

    public bool IsEverything => requirements.Count == 0;

    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        return new LabelSelector(SplitTopLevel(text).Select(ParseRequirement).ToList());
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels) => requirements.All(r => r.Matches(labels));

    private static Requirement ParseRequirement(string part)
    {
        var text = part.Trim();
        Match match;
        if ((match = SetRegex().Match(text)).Success)
        {
            var values = match.Groups["values"].Value.Split(',').Select(v => v.Trim()).ToHashSet(StringComparer.Ordinal);
            var op = match.Groups["op"].Value == "in" ? Operator.In : Operator.NotIn;
            return Valid(new Requirement(match.Groups["key"].Value, op, values), text);
        }

        if ((match = CompareRegex().Match(text)).Success)
        {
            var op = match.Groups["op"].Value == "!=" ? Operator.NotEquals : Operator.Equals;
            return Valid(new Requirement(match.Groups["key"].Value, op, new HashSet<string>(StringComparer.Ordinal) { match.Groups["value"].Value }), text);
        }

        return text.StartsWith('!')
            ? Valid(new Requirement(text[1..].Trim(), Operator.DoesNotExist, new HashSet<string>()), text)
            : Valid(new Requirement(text, Operator.Exists, new HashSet<string>()), text);
    }

    private static Requirement Valid(Requirement requirement, string text)
    {
        if (!KeyRegex().IsMatch(requirement.Key) || requirement.Values.Any(v => !ValueRegex().IsMatch(v)))
        {
            throw ApiErrors.BadRequest($"unable to parse requirement: found '{text}', expected: key, !key, key=value, key!=value, key in (values) or key notin (values)");
        }

        return requirement;
    }

    /// <summary>Splits on commas outside parentheses: <c>a in (x,y),b</c> is two requirements.</summary>
    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    private enum Operator
    {
        Equals,
        NotEquals,
        In,
        NotIn,
        Exists,
        DoesNotExist,
    }

    private sealed record Requirement(string Key, Operator Op, IReadOnlySet<string> Values)
    {
        public bool Matches(IReadOnlyDictionary<string, string> labels)
        {
            var has = labels.TryGetValue(Key, out var value);
            return Op switch
            {
                Operator.Equals or Operator.In => has && Values.Contains(value!),
                Operator.NotEquals or Operator.NotIn => !has || !Values.Contains(value!),
                Operator.Exists => has,
                _ => !has,
            };
        }
    }

    [GeneratedRegex(@"^(?<key>[^\s!=,()]+)\s+(?<op>in|notin)\s*\((?<values>[^()]*)\)$")]
    private static partial Regex SetRegex();

    [GeneratedRegex(@"^(?<key>[^\s!=,()]+)\s*(?<op>==|=|!=)\s*(?<value>[^\s,()=!]*)$")]
    private static partial Regex CompareRegex();

    [GeneratedRegex(@"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$")]
    private static partial Regex ValueRegex();
}
