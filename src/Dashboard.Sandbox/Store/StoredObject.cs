using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Store;

/// <summary>
/// An immutable snapshot of one object: its JSON bytes plus the fields selectors need.
/// Immutable so that lists and watch streams can serialize it outside the store lock.
/// </summary>
internal sealed class StoredObject
{
    private readonly byte[] json;
    private readonly Dictionary<string, string?> fields;

    private StoredObject(ResourceKind kind, JsonObject obj)
    {
        Kind = kind;
        Namespace = obj.Namespace();
        Name = obj.Name();
        ResourceVersion = obj.ResourceVersion() ?? string.Empty;
        Labels = obj.Labels();
        fields = kind.SelectableFields.ToDictionary(field => field, field => kind.FieldValue(obj, field), StringComparer.Ordinal);
        json = JsonWire.Bytes(obj);
    }

    public ResourceKind Kind { get; }

    public string Namespace { get; }

    public string Name { get; }

    public string ResourceVersion { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    public ReadOnlyMemory<byte> Json => json;

    /// <summary>The key the store sorts by: etcd's <c>namespace/name</c> order.</summary>
    public string Key => KeyOf(Namespace, Name);

    public static string KeyOf(string ns, string name) => ns.Length == 0 ? name : $"{ns}/{name}";

    public static StoredObject Freeze(ResourceKind kind, JsonObject obj) => new(kind, obj);

    /// <summary>A fresh, private, mutable copy.</summary>
    public JsonObject Thaw() => JsonNodes.ParseObject(json);

    public bool HasField(string field) => fields.ContainsKey(field);

    public string? Field(string field) => fields.GetValueOrDefault(field);
}
