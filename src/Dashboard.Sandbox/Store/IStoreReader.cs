using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Store;

/// <summary>Read access for admission hooks and controllers; returns private copies.</summary>
internal interface IStoreReader
{
    IReadOnlyList<JsonObject> List(ResourceKind kind, string? ns = null);

    JsonObject? Get(ResourceKind kind, string ns, string name);
}
