namespace Dashboard.Core.Kubernetes;

/// <summary>The shape of a name error: the API server's <c>Invalid value: "x": why</c>, then how to fix it.</summary>
internal static class NameMessages
{
    // A pasted paragraph should not turn the message into a paragraph too.
    private const int ShownLength = 70;

    public static string Invalid(string value, string problem, string hint) =>
        $"Invalid value \"{Shown(value)}\": {problem}. {hint}";

    private static string Shown(string value) =>
        value.Length <= ShownLength ? value : string.Concat(value.AsSpan(0, ShownLength), "…");
}
