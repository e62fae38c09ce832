using System.Text.RegularExpressions;
using Dashboard.Core.Drafts;
using FluentValidation;

namespace Dashboard.Core.Routes;

/// <summary>One match of a rule: the path, headers, query parameters and method a request must have.</summary>
public sealed class HttpRouteMatchDraftValidator : AbstractValidator<HttpRouteMatchDraft>
{
    public const int MaxPathLength = 1024;
    public const int MaxHeaderMatches = 16;

    private static readonly string[] PathTypes = [HttpPathTypes.PathPrefix, HttpPathTypes.Exact, HttpPathTypes.RegularExpression];
    private static readonly string[] HeaderMatchTypes = ["Exact", "RegularExpression"];

    public HttpRouteMatchDraftValidator()
    {
        RuleFor(m => m.PathType).Must(t => PathTypes.Contains(t)).WithMessage(m =>
            $"Unsupported value: \"{m.PathType}\": supported values: \"PathPrefix\", \"Exact\", \"RegularExpression\". PathPrefix matches the path and everything below it; Exact only the path itself.");
        RuleFor(m => m.Path).Custom((path, validation) =>
        {
            if (PathProblem(path, validation.InstanceToValidate.PathType) is { } error)
                validation.AddFailure(error);
        });

        RuleFor(m => m.Headers).Must(h => h.Count <= MaxHeaderMatches)
            .WithMessage(m => $"Too many: {m.Headers.Count}: a match checks at most {MaxHeaderMatches} headers. Remove some.");
        RuleFor(m => m.Headers).Custom((headers, validation) =>
        {
            var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Count; i++)
            {
                var header = headers[i];
                if (HttpHeaderNames.Problem(header.Name) is { } nameError)
                    validation.AddFailure($"Headers[{i}].Name", nameError);
                else if (!names.TryAdd(header.Name, i))
                    validation.AddFailure($"Headers[{i}].Name", $"Duplicate value: \"{header.Name}\": header match {names[header.Name] + 1} checks the same header (names ignore case). Keep one.");
                if (!HeaderMatchTypes.Contains(header.Type, StringComparer.Ordinal))
                    validation.AddFailure($"Headers[{i}].Type", $"Unsupported value: \"{header.Type}\": supported values: \"Exact\", \"RegularExpression\".");
                if (header.Value.Length == 0)
                    validation.AddFailure($"Headers[{i}].Value", $"Required value: enter the value header '{header.Name}' must have, for example 'always'.");
                else if (header.Type == "RegularExpression" && RegexProblem(header.Value) is { } regexError)
                    validation.AddFailure($"Headers[{i}].Value", regexError);
            }
        });

        RuleFor(m => m.QueryParameters).Custom((parameters, validation) =>
        {
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < parameters.Count; i++)
            {
                if (HttpHeaderNames.Problem(parameters[i].Key, "query parameter name") is { } nameError)
                    validation.AddFailure($"QueryParameters[{i}].Key", nameError);
                else if (!names.TryAdd(parameters[i].Key, i))
                    validation.AddFailure($"QueryParameters[{i}].Key", $"Duplicate value: \"{parameters[i].Key}\": query match {names[parameters[i].Key] + 1} checks the same parameter. Keep one.");
                if (parameters[i].Value.Length == 0)
                    validation.AddFailure($"QueryParameters[{i}].Value", $"Required value: enter the value parameter '{parameters[i].Key}' must have.");
            }
        });

        RuleFor(m => m.Method).Must(method => HttpRouteMethods.All.Contains(method!))
            .When(m => !string.IsNullOrEmpty(m.Method))
            .WithMessage(m => $"Unsupported value: \"{m.Method}\": supported values: {string.Join(", ", HttpRouteMethods.All.Select(x => $"\"{x}\""))}. Write the method in upper case, or leave it out to match any.");
    }

    /// <summary>Null when the pattern compiles as a .NET regular expression, else the reason.</summary>
    public static string? RegexProblem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException e)
        {
            return $"Invalid value \"{pattern}\": not a regular expression ({e.Message}). Fix the pattern. It was checked as a .NET regular expression; the Gateway's controller may use another dialect (Envoy-based ones use RE2), so check its documentation too.";
        }
    }

    // Prefix and Exact paths are compared segment by segment, so Gateway API refuses ones that do not normalise.
    private static string? PathProblem(string path, string pathType)
    {
        if (path.Length == 0)
            return "Required value: enter a path, for example '/' or '/api'.";
        if (path.Length > MaxPathLength)
            return $"Too long: a path must have at most {MaxPathLength} characters. It has {path.Length}; shorten it.";
        if (pathType == HttpPathTypes.RegularExpression)
            return RegexProblem(path);
        if (!path.StartsWith('/'))
            return $"Invalid value \"{path}\": must be an absolute path. Start it with '/', for example '/{path.TrimStart('.')}'.";
        foreach (var sequence in (string[])["//", "/./", "/../", "%2f", "%2F", "#"])
        {
            if (path.Contains(sequence, StringComparison.Ordinal))
                return $"Invalid value \"{path}\": must not contain '{sequence}'. Write the path in its plain form, for example '/api/v1'.";
        }
        foreach (var suffix in (string[])["/..", "/."])
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal))
                return $"Invalid value \"{path}\": cannot end with '{suffix}'. Write the path in its plain form, for example '/api'.";
        }
        return null;
    }
}
