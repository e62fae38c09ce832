using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class SecretKind() : ResourceKind(string.Empty, "Secret", "secrets", namespaced: true)
{
    private static readonly string[] TlsKeys = ["tls.crt", "tls.key"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Type", "Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", obj => obj.StringAt("type") ?? string.Empty),

        // Declared "string" in the printers though the cell is a number.
        TableColumn.Number("Data", "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4", obj => obj.ObjectAt("data")?.Count ?? 0) with { Type = "string" },
        TableColumn.Age,
    ];

    protected override IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>> { ["type"] = obj => obj.StringAt("type") ?? string.Empty };

    public override void Admit(Admission admission)
    {
        var secret = admission.Object;
        secret["type"] = secret.StringAt("type") ?? "Opaque";
        MergeStringData(secret);
        foreach (var (key, value) in secret.ObjectAt("data") ?? [])
        {
            foreach (var message in NameRules.CheckConfigKey(key))
            {
                admission.Add(FieldError.Invalid($"data[{key}]", key, message));
            }

            if (JsonNodes.AsString(value) is not { } encoded || !IsBase64(encoded))
            {
                throw ApiErrors.BadRequest($"Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data in data[{key}]");
            }
        }

        if (secret.StringAt("type") == "kubernetes.io/tls")
        {
            foreach (var required in TlsKeys.Where(key => secret.ObjectAt("data")?[key] is null))
            {
                admission.Add(FieldError.Required($"data[{required}]"));
            }
        }

        if (admission.Old is { } old && old.StringAt("type") != secret.StringAt("type"))
        {
            admission.Add(FieldError.Invalid("type", secret.StringAt("type"), "field is immutable"));
        }
    }

    /// <summary>stringData is write-only: the server folds it into data, base64-encoded.</summary>
    private static void MergeStringData(JsonObject secret)
    {
        if (secret.ObjectAt("stringData") is not { } plain)
        {
            return;
        }

        var data = secret.EnsureObject("data");
        foreach (var (key, value) in plain)
        {
            data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonNodes.AsText(value) ?? string.Empty));
        }

        secret.Remove("stringData");
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
