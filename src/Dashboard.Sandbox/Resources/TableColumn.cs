using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources;

/// <summary>A column of server-side printing (<c>as=Table</c>): kubectl shows its name upper-cased.</summary>
internal sealed record TableColumn(string Title, string Description, Func<JsonObject, DateTimeOffset, JsonNode?> Cell)
{
    public string Type { get; init; } = "string";

    public string Format { get; init; } = string.Empty;

    /// <summary>0: always shown; 1: only with <c>-o wide</c>.</summary>
    public int Priority { get; init; }

    public static TableColumn Name { get; } = new(
        "Name",
        "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
        (obj, _) => obj.Name())
    { Format = "name" };

    public static TableColumn Age { get; } = new(
        "Age",
        "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
        (obj, now) => obj.CreationTimestamp() is { } created ? HumanDuration.Format(now - created) : "<unknown>");

    public static TableColumn Text(string name, string description, Func<JsonObject, string> cell, int priority = 0) =>
        new(name, description, (obj, _) => cell(obj)) { Priority = priority };

    public static TableColumn Number(string name, string description, Func<JsonObject, long> cell) =>
        new(name, description, (obj, _) => cell(obj)) { Type = "integer" };

    public JsonObject Definition() => new()
    {
        ["name"] = Title,
        ["type"] = Type,
        ["format"] = Format,
        ["description"] = Description,
        ["priority"] = Priority,
    };
}
