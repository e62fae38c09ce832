namespace Dashboard.Tests.Shared;

/// <summary>What one kubectl run printed, and how it ended.</summary>
public sealed record KubectlResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
