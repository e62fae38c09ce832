using System.Diagnostics;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// The app as `dotnet build -c Release src/Dashboard.Web` left it. The benchmark compiles nothing: it publishes that
/// build (`--no-build`, a copy) into the run's temporary directory, because only a published app serves its static
/// web assets (MudBlazor's, the Blazor script) outside the Development environment; it then runs the way the
/// Dockerfile runs it.
/// </summary>
internal sealed class DashboardBuild
{
    private DashboardBuild(string repositoryRoot) => RepositoryRoot = repositoryRoot;

    public string RepositoryRoot { get; }

    public string ProjectDirectory => Path.Combine(RepositoryRoot, "src", "Dashboard.Web");

    public string BuiltAssembly => Path.Combine(ProjectDirectory, "bin", "Release", "net10.0", "Dashboard.Web.dll");

    /// <summary>The repository above this benchmark's output, or an exception saying where it looked.</summary>
    public static DashboardBuild Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
                return new DashboardBuild(directory.FullName);
        }

        throw new InvalidOperationException($"No Dashboard.sln above {AppContext.BaseDirectory}: run the benchmark from the repository.");
    }

    /// <summary>Fails with what to run when the Release build is missing.</summary>
    public void EnsureBuilt()
    {
        if (!File.Exists(BuiltAssembly))
            throw new InvalidOperationException($"{BuiltAssembly} is missing. Build the app first: dotnet build -c Release src/Dashboard.Web");
    }

    /// <summary>`dotnet publish --no-build` of the Release build into <paramref name="output"/>; returns the app's assembly there.</summary>
    public async Task<string> PublishAsync(string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", ProjectDirectory, "-c", "Release", "--no-build", "--nologo", "-o", output, "-nodeReuse:false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var stdout = publish.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = publish.StandardError.ReadToEndAsync(cancellationToken);
        await publish.WaitForExitAsync(cancellationToken);
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish --no-build of the Release build failed (rebuild with: dotnet build -c Release src/Dashboard.Web):\n{await stdout}{await stderr}");
        return Path.Combine(output, "Dashboard.Web.dll");
    }

    /// <summary>The commit the figures belong to, or "unknown" outside git.</summary>
    public async Task<string> CommitAsync()
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", RepositoryRoot, "log", "-1", "--format=%h %cs"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start);
            if (git is null)
                return "unknown";
            var line = (await git.StandardOutput.ReadToEndAsync()).Trim();
            await git.WaitForExitAsync();
            return git.ExitCode == 0 && line.Length > 0 ? line : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
