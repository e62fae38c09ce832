using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Validation;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// A Gateway API kind (a CRD of <c>gateway.networking.k8s.io</c>), served only by profiles that install
/// the CRDs. What every CRD gets from the apiserver: its structural schema's defaults and validation on each
/// write, a status subresource, generation tracking, the <c>gateway-api</c> category and printer columns;
/// the kinds add the CEL rules (<c>x-kubernetes-validations</c>) that matter.
/// </summary>
internal abstract class GatewayApiKind(string kind, string plural, bool namespaced, string version) : ResourceKind(ApiGroup, kind, plural, namespaced)
{
    public const string ApiGroup = "gateway.networking.k8s.io";

    private JsonObject? specSchema;

    public override string Version { get; } = version;

    public override bool HasStatus => true;

    public override bool TracksGeneration => true;

    public override IReadOnlyList<string> Categories => ["gateway-api"];

    // Built once; a race builds the same schema twice, harmlessly.
    public sealed override JsonObject SpecSchema => specSchema ??= BuildSpecSchema();

    /// <summary>A CRD's Age column: a <c>date</c> over <c>.metadata.creationTimestamp</c>, printed as a duration by the server.</summary>
    protected static TableColumn AgeColumn { get; } = TableColumn.Age with
    {
        Description = ColumnDescription(".metadata.creationTimestamp"),
        Type = "date",
    };

    public sealed override void Admit(Admission admission)
    {
        if (admission.Object.ObjectAt("spec") is not { } spec)
        {
            admission.Add(FieldError.Required("spec"));
            return;
        }

        var schema = SpecSchema;
        StructuralSchema.ApplyDefaults(spec, schema);
        var errors = StructuralSchema.Validate(spec, schema, "spec").ToList();
        errors.ForEach(admission.Add);
        if (errors.Count == 0)
        {
            // CEL rules run only on a schema-valid object, as the apiserver skips them otherwise.
            CheckRules(admission, spec);
        }
    }

    protected abstract JsonObject BuildSpecSchema();

    /// <summary>The kind's CEL rules, on a spec that passed the schema.</summary>
    protected virtual void CheckRules(Admission admission, JsonObject spec)
    {
    }

    /// <summary>What the apiserver says of a CRD column that has no description of its own.</summary>
    protected static string ColumnDescription(string jsonPath) => $"Custom resource definition column (in JSONPath format): {jsonPath}";

    /// <summary>A string column over a JSONPath that yields one value; null (printed empty) when absent.</summary>
    protected static TableColumn Column(string title, string jsonPath, Func<JsonObject, string?> cell, int priority = 0) =>
        new(title, ColumnDescription(jsonPath), (obj, _) => cell(obj) is { } value ? JsonValue.Create(value) : null) { Priority = priority };

    /// <summary>The status of the condition of <paramref name="type"/>: <c>.status.conditions[?(@.type=="Programmed")].status</c>.</summary>
    protected static string? ConditionStatus(JsonObject obj, string type) =>
        obj.Status().ArrayAt("conditions").Objects().FirstOrDefault(c => c.StringAt("type") == type)?.StringAt("status");

    /// <summary>A CEL rule's failure: <c>spec.listeners: Invalid value: "array": …</c>.</summary>
    protected static FieldError RuleFailed(string field, string type, string message) => FieldError.Invalid(field, type, message);
}
