using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class ConfigMapKind() : ResourceKind(string.Empty, "ConfigMap", "configmaps", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["cm"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Number("Data", "Number of data in configmap", obj => (obj.ObjectAt("data")?.Count ?? 0) + (obj.ObjectAt("binaryData")?.Count ?? 0)),
        TableColumn.Age,
    ];

    public override void Admit(Admission admission)
    {
        foreach (var section in new[] { "data", "binaryData" })
        {
            foreach (var (key, _) in admission.Object.ObjectAt(section) ?? [])
            {
                foreach (var message in NameRules.CheckConfigKey(key))
                {
                    admission.Add(FieldError.Invalid($"{section}[{key}]", key, message));
                }
            }
        }
    }
}
