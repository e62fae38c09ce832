using System.Xml.Linq;
using Dashboard.Tests.Shared;

namespace Dashboard.Core.Tests;

/// <summary>docs/architecture.md: references point one way only. Read from the project files, so a new reference is caught here.</summary>
public class ProjectReferencesTests
{
    private static readonly Dictionary<string, string[]> References = new()
    {
        ["Dashboard.Core"] = [],
        ["Dashboard.Kubernetes"] = ["Dashboard.Core"],
        ["Dashboard.Data"] = ["Dashboard.Core"],
        ["Dashboard.Sandbox"] = ["Dashboard.Core"],
        ["Dashboard.Web"] = ["Dashboard.Core", "Dashboard.Data", "Dashboard.Kubernetes", "Dashboard.Sandbox"],
    };

    public static TheoryData<string, string[]> Allowed
    {
        get
        {
            var data = new TheoryData<string, string[]>();
            foreach (var (project, allowed) in References)
                data.Add(project, allowed);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void EachProjectReferencesOnlyTheProjectsBelowIt(string project, string[] allowed)
    {
        var file = Path.Combine(RepositoryPaths.Root, "src", project, $"{project}.csproj");

        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .Order(StringComparer.Ordinal);

        references.ShouldBe(allowed);
    }

    [Fact]
    public void EverySourceProjectIsChecked()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        projects.ShouldBe(References.Keys.Order(StringComparer.Ordinal));
    }
}
