using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class NamespaceKind() : ResourceKind(string.Empty, "Namespace", "namespaces", namespaced: false)
{
    /// <summary>The namespaces the real server refuses to delete.</summary>
    private static readonly HashSet<string> Immortal = new(StringComparer.Ordinal) { "default", "kube-system", "kube-public" };

    public override IReadOnlyList<string> ShortNames => ["ns"];

    public override bool HasStatus => true;

    public override NameRule NameRule => NameRule.Dns1123Label;

    /// <summary>The answer is the namespace, now Terminating.</summary>
    public override bool ReturnsObjectOnDelete => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Status", "The status of the namespace", obj => obj.Status().StringAt("phase") ?? string.Empty),
        TableColumn.Age,
    ];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>> { ["status.phase"] = obj => obj.Status().StringAt("phase") ?? string.Empty };

    public override void PrepareForCreate(JsonObject obj)
    {
        obj.EnsureObject("spec")["finalizers"] = new JsonArray("kubernetes");
        obj["status"] = new JsonObject { ["phase"] = "Active" };
    }

    public override void Admit(Admission admission)
    {
        // The API server stamps every namespace with its own name (since 1.21), immutably.
        admission.Object.Metadata().EnsureObject("labels")["kubernetes.io/metadata.name"] = admission.Object.Name();
    }

    /// <summary><c>spec.finalizers</c> (<c>kubernetes</c>): the namespace controller removes it once the namespace is empty.</summary>
    public override bool HasSpecFinalizers(JsonObject obj) => obj.Spec().ArrayAt("finalizers") is { Count: > 0 };

    public override ApiException? RefuseDelete(JsonObject obj) =>
        Immortal.Contains(obj.Name()) ? ApiErrors.Forbidden(this, obj.Name(), "this namespace may not be deleted") : null;
}
