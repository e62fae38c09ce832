using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class ConfigMapKind() : ResourceKind(string.Empty, "ConfigMap", "configmaps", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["cm"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        // Declared "string" in the printers though the cell is a number.
        TableColumn.Number("Data", "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.", obj => (obj.ObjectAt("data")?.Count ?? 0) + (obj.ObjectAt("binaryData")?.Count ?? 0)) with { Type = "string" },
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
