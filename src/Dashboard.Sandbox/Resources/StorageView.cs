using System.Text.Json.Nodes;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Resources;

/// <summary>
/// How a kind is served from another kind's storage, as the API server serves one resource in
/// several groups or versions (events.k8s.io/v1 Events are the core v1 Events, converted): one
/// stored object, converted on every read, list and watch, and back on every write.
/// </summary>
internal abstract class StorageView
{
    /// <summary>The kind whose objects are stored.</summary>
    public abstract ResourceKind Storage { get; }

    /// <summary>The served form of a stored object (a private copy it may change).</summary>
    public abstract JsonObject FromStorage(JsonObject stored);

    /// <summary>The stored form of a served object.</summary>
    public abstract JsonObject ToStorage(JsonObject served);

    /// <summary>A stored snapshot as the view's kind: its JSON, labels and selectable fields.</summary>
    public StoredObject Present(ResourceKind viewKind, StoredObject stored) => StoredObject.Freeze(viewKind, FromStorage(stored.Thaw()));
}
