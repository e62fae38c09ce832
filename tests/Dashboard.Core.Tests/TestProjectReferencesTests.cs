using System.Xml.Linq;

namespace Dashboard.Core.Tests;

/// <summary>
/// The test tiers keep the layering of the code they test: a tier's tests, and the helpers they share, reach only the
/// projects at or below that tier. Read from the project files (every test project also gets Dashboard.Testing, which
/// references none of ours, from tests/Directory.Build.props).
/// </summary>
public class TestProjectReferencesTests
{
    /// <summary>A test project, and a project it must not reach, directly or through another.</summary>
    public static TheoryData<string, string> Forbidden => new()
    {
        { "Dashboard.Testing", "Dashboard.Core" },
        { "Dashboard.Testing.Sandbox", "Dashboard.Web" },
        { "Dashboard.Core.Tests", "Dashboard.Sandbox" },
        { "Dashboard.Core.Tests", "Dashboard.Web" },
        { "Dashboard.Data.Tests", "Dashboard.Sandbox" },
        { "Dashboard.Data.Tests", "Dashboard.Web" },
        { "Dashboard.Sandbox.Tests", "Dashboard.Kubernetes" },
        { "Dashboard.Sandbox.Tests", "Dashboard.Web" },
        { "Dashboard.Kubernetes.Tests", "Dashboard.Web" },
        { "Dashboard.Kubernetes.Tests", "Dashboard.Testing.Web" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void ATestTierNeverReachesAProjectAboveIt(string project, string above) =>
        Reached(project).ShouldNotContain(above);

    [Fact]
    public void TheWebTestsReachTheWebAppThroughTheirOwnHelpers() =>
        Reached("Dashboard.Web.Tests").ShouldContain("Dashboard.Testing.Web");

    private static HashSet<string> Reached(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([ProjectFile(project)]);
        while (pending.TryPop(out var file))
        {
            foreach (var reference in XDocument.Load(file).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference.Attribute("Include")!.Value));
                if (reached.Add(Path.GetFileNameWithoutExtension(path)))
                    pending.Push(path);
            }
        }

        return reached;
    }

    private static string ProjectFile(string project)
    {
        var file = Path.Combine(RepositoryPaths.Root, "tests", project, $"{project}.csproj");
        File.Exists(file).ShouldBeTrue($"{file} is not there");
        return file;
    }
}
