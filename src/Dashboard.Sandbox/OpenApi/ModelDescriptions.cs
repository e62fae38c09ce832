using System.Text.RegularExpressions;
using System.Xml;
using k8s.Models;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The field and type descriptions, read from the XML documentation KubernetesClient ships beside its
/// assembly (the project copies it to the output); they are the upstream API's own comments.
/// Without the file every description is empty, and nothing else changes.
/// </summary>
internal static partial class ModelDescriptions
{
    public const string FileName = "KubernetesClient.xml";

    private const string Prefix = "k8s.Models.";

    private static readonly Lazy<Dictionary<string, string>> Members = new(Load);

    public static string? OfType(Type type) => Members.Value.GetValueOrDefault("T:" + type.FullName);

    public static string? OfProperty(Type type, string property) => Members.Value.GetValueOrDefault($"P:{type.FullName}.{property}");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static Dictionary<string, string> Load()
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Locate() is not { } path)
        {
            return members;
        }

        using var reader = XmlReader.Create(path, new XmlReaderSettings { IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        string? name = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Name == "member")
            {
                name = reader.GetAttribute("name");
            }
            else if (reader.Name == "summary" && name is not null && name.AsSpan(2).StartsWith(Prefix, StringComparison.Ordinal))
            {
                var text = Whitespace().Replace(System.Xml.Linq.XElement.Load(reader.ReadSubtree()).Value, " ").Trim();
                if (text.Length > 0)
                {
                    members[name] = text;
                }

                name = null;
            }
        }

        return members;
    }

    private static string? Locate()
    {
        string?[] directories =
        [
            AppContext.BaseDirectory,
            Path.GetDirectoryName(typeof(ModelDescriptions).Assembly.Location),
            Path.GetDirectoryName(typeof(V1Service).Assembly.Location),
        ];
        return directories.Where(d => !string.IsNullOrEmpty(d)).Select(d => Path.Combine(d!, FileName)).FirstOrDefault(File.Exists);
    }
}
