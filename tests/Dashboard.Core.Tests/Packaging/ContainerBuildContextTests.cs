namespace Dashboard.Core.Tests.Packaging;

/// <summary>
/// The image is built from the repository with <c>COPY . .</c> (Dockerfile): .dockerignore must keep out build
/// output, local data and secrets, and must keep everything <c>dotnet publish src/Dashboard.Web</c> reads.
/// </summary>
public class ContainerBuildContextTests
{
    private static readonly DockerIgnoreRules Rules =
        DockerIgnoreRules.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".dockerignore")));

    [Fact]
    public void WhatTheImageBuildNeedsIsInTheContext()
    {
        // Every source and project file of the app, the top-level settings and static files the web project links
        // (docs/decisions/0002), and the build settings (the analyzer severities live in .editorconfig).
        string[] needed = ["global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "appsettings.json", .. SourceFiles("src"), .. SourceFiles("wwwroot")];

        needed.Length.ShouldBeGreaterThan(100);
        needed.Where(Rules.Excludes).ShouldBeEmpty("dotnet publish in the Dockerfile needs these, but .dockerignore leaves them out");
    }

    [Theory]
    [InlineData("src/Dashboard.Web/bin/Debug/net10.0/Dashboard.Web.dll")]
    [InlineData("src/Dashboard.Sandbox/obj/project.assets.json")]
    [InlineData("data/dashboard.db")]
    [InlineData("data/keys/key-1.xml")]
    [InlineData("lab.db-wal")]
    [InlineData("my-cluster.kubeconfig")]
    [InlineData(".git/config")]
    [InlineData("tests/Dashboard.Web.Tests/TestResults/run.trx")]
    [InlineData("tests/Dashboard.EndToEnd.Tests/BrowserFixture.cs")]
    [InlineData("screenshots/clusters.png")]
    [InlineData("docs/screenshots/clusters.png")]
    public void BuildOutputLocalDataSecretsAndTestsStayOutOfTheContext(string path) =>
        Rules.Excludes(path).ShouldBeTrue($"{path} would be sent to the image build");

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(segment => segment is "bin" or "obj") && !file.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
