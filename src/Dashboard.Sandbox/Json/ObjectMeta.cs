using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Json;

/// <summary>Reads and writes the <c>metadata</c> of an object held as JSON.</summary>
internal static class ObjectMeta
{
    public static JsonObject Metadata(this JsonObject obj) => obj.EnsureObject("metadata");

    public static string Name(this JsonObject obj) => obj.ObjectAt("metadata").StringAt("name") ?? string.Empty;

    public static string Namespace(this JsonObject obj) => obj.ObjectAt("metadata").StringAt("namespace") ?? string.Empty;

    public static string? ResourceVersion(this JsonObject obj) => obj.ObjectAt("metadata").StringAt("resourceVersion");

    public static IReadOnlyDictionary<string, string> Labels(this JsonObject obj) =>
        obj.ObjectAt("metadata").StringMap("labels");

    public static IReadOnlyDictionary<string, string> Annotations(this JsonObject obj) =>
        obj.ObjectAt("metadata").StringMap("annotations");

    public static DateTimeOffset? CreationTimestamp(this JsonObject obj) =>
        DateTimeOffset.TryParse(obj.ObjectAt("metadata").StringAt("creationTimestamp"), out var time) ? time : null;

    public static JsonObject? Spec(this JsonObject obj) => obj.ObjectAt("spec");

    public static JsonObject? Status(this JsonObject obj) => obj.ObjectAt("status");

    /// <summary>RFC 3339 at second precision, as the API server writes timestamps.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
