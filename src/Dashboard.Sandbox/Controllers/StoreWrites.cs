using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>The controllers' writes: a change applied to the stored object under the store lock, main or status.</summary>
internal static class StoreWrites
{
    public static JsonObject Change(this ObjectStore store, ResourceKind kind, JsonObject obj, Action<JsonObject> change) =>
        Write(store, kind, obj, change, WriteTarget.Main);

    public static JsonObject ChangeStatus(this ObjectStore store, ResourceKind kind, JsonObject obj, Action<JsonObject> change) =>
        Write(store, kind, obj, o => change(o.EnsureObject("status")), WriteTarget.Status);

    private static JsonObject Write(ObjectStore store, ResourceKind kind, JsonObject obj, Action<JsonObject> change, WriteTarget target) =>
        store.Update(kind, obj.Namespace(), obj.Name(), existing =>
        {
            var current = existing!;
            change(current);
            return current;
        }, new WriteOptions { Target = target }).Object.Thaw();
}
