using System.Diagnostics;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// dotnet-gcdump: `collect` forces a full blocking GC in the target and walks what survived; `report` prints the
/// live heap's total and a count per type. Found on PATH or in ~/.dotnet/tools.
/// </summary>
internal sealed class GcDumpTool(string executable, string workDirectory)
{
    private int dumps;

    public static GcDumpTool Locate(string workDirectory)
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"))
            .Select(directory => Path.Combine(directory, "dotnet-gcdump"));
        var found = candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("dotnet-gcdump is not installed (neither on PATH nor in ~/.dotnet/tools): dotnet tool install -g dotnet-gcdump");
        return new GcDumpTool(found, workDirectory);
    }

    /// <summary>The target's live heap after a full GC.</summary>
    public async Task<HeapSnapshot> SnapshotAsync(int processId, CancellationToken cancellationToken)
    {
        var file = Path.Combine(workDirectory, $"heap-{Interlocked.Increment(ref dumps)}.gcdump");
        await RunAsync(["collect", "-p", processId.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", file, "-t", "180"], cancellationToken);
        var report = await RunAsync(["report", file], cancellationToken);
        File.Delete(file);
        return HeapSnapshot.Parse(report);
    }

    private async Task<string> RunAsync(string[] arguments, CancellationToken cancellationToken)
    {
        using var tool = Process.Start(new ProcessStartInfo(executable, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{executable} did not start");
        var stdout = tool.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = tool.StandardError.ReadToEndAsync(cancellationToken);
        await tool.WaitForExitAsync(cancellationToken);
        if (tool.ExitCode != 0)
            throw new InvalidOperationException($"dotnet-gcdump {string.Join(' ', arguments)}: exit {tool.ExitCode}\n{await stdout}{await stderr}");
        return await stdout + await stderr;
    }
}
