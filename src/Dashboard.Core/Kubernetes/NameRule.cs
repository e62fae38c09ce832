namespace Dashboard.Core.Kubernetes;

/// <summary>
/// One name rule: what it is called, an example, its length limit, the API server's complaint about the format
/// (null when the format is fine) and a way to turn a bad value into a good one, offered as a hint when it works.
/// </summary>
internal sealed record NameRule(
    string What,
    string Example,
    int MaxLength,
    Func<string, string?> FormatProblem,
    Func<string, string> Suggest)
{
    public string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return $"Required value: enter {What}, for example '{Example}'.";
        if (value.Length > MaxLength)
            return NameMessages.Invalid(value, $"must be no more than {MaxLength} characters", $"It has {value.Length}; shorten it.");
        if (FormatProblem(value) is not { } problem)
            return null;
        return NameMessages.Invalid(value, problem, Hint(value));
    }

    private string Hint(string value)
    {
        var suggestion = Suggest(value);
        var works = suggestion.Length is > 0 && suggestion.Length <= MaxLength && suggestion != value && FormatProblem(suggestion) is null;
        return works ? $"Try '{suggestion}'." : $"For example '{Example}'.";
    }
}
