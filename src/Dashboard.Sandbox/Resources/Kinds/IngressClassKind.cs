using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class IngressClassKind() : ResourceKind(ResourceCatalog.NetworkingGroup, "IngressClass", "ingressclasses", namespaced: false)
{
    public const string DefaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class";

    public override bool TracksGeneration => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Controller", "Controller that is responsible for handling this class", obj => obj.Spec().StringAt("controller") ?? string.Empty),
        TableColumn.Text("Parameters", "A reference to a resource with additional parameters", Parameters),
        TableColumn.Age,
    ];

    /// <summary>The class marked default; with several, the newest, as the admission plugin picks since 1.28.</summary>
    public static JsonObject? DefaultClass(IStoreReader store) =>
        store.List(ResourceCatalog.IngressClasses)
            .Where(IsDefault)
            .OrderByDescending(c => c.CreationTimestamp())
            .ThenBy(c => c.Name(), StringComparer.Ordinal)
            .FirstOrDefault();

    public static bool IsDefault(JsonObject ingressClass) =>
        string.Equals(ingressClass.Annotations().GetValueOrDefault(DefaultClassAnnotation), "true", StringComparison.OrdinalIgnoreCase);

    public override void Admit(Admission admission)
    {
        var controller = admission.Object.Spec().StringAt("controller") ?? string.Empty;
        var slash = controller.IndexOf('/', StringComparison.Ordinal);
        if (controller.Length == 0)
        {
            admission.Add(FieldError.Required("spec.controller"));
        }
        else if (slash <= 0 || slash == controller.Length - 1 || NameRules.CheckSubdomain(controller[..slash]).Any())
        {
            admission.Add(FieldError.Invalid("spec.controller", controller, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
        }

        if (admission.Old?.Spec().StringAt("controller") is { } before && before != controller)
        {
            admission.Add(FieldError.Invalid("spec.controller", controller, "field is immutable"));
        }
    }

    private static string Parameters(JsonObject obj)
    {
        if (obj.Spec().ObjectAt("parameters") is not { } parameters)
        {
            return Printing.None;
        }

        var kind = parameters.StringAt("kind") ?? string.Empty;
        var group = parameters.StringAt("apiGroup");
        return $"{kind}{(group is null ? string.Empty : "." + group)}/{parameters.StringAt("name")}";
    }
}
