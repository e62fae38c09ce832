using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Resources;

/// <summary>What a kind's hook sees of a write: the object (mutable), the stored one, the rest of the store.</summary>
internal sealed class Admission(JsonObject obj, JsonObject? old, IStoreReader store)
{
    public JsonObject Object { get; } = obj;

    /// <summary>The stored object before an update; null on create.</summary>
    public JsonObject? Old { get; } = old;

    public IStoreReader Store { get; } = store;

    public bool IsCreate => Old is null;

    public List<FieldError> Errors { get; } = [];

    public void Add(FieldError error) => Errors.Add(error);
}
