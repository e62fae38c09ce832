using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>Whether a ReferenceGrant in the target's namespace lets a kind in one namespace refer to an object there.</summary>
internal static class ReferenceGrants
{
    public static bool Allow(IStoreReader store, string fromKind, string fromNamespace, string toNamespace, string toGroup, string toKind, string toName) =>
        store.List(ResourceCatalog.ReferenceGrants, toNamespace).Any(grant =>
            grant.Spec().ArrayAt("from").Objects().Any(f =>
                f.StringAt("group") == Resources.Kinds.GatewayApiKind.ApiGroup && f.StringAt("kind") == fromKind && f.StringAt("namespace") == fromNamespace)
            && grant.Spec().ArrayAt("to").Objects().Any(t =>
                (t.StringAt("group") ?? string.Empty) == toGroup && t.StringAt("kind") == toKind && (string.IsNullOrEmpty(t.StringAt("name")) || t.StringAt("name") == toName)));
}
