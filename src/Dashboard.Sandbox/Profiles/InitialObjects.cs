using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Resources.Kinds;
using Dashboard.Sandbox.Store;
using k8s;

namespace Dashboard.Sandbox.Profiles;

/// <summary>
/// Fills a new store: what every cluster has (namespaces, the <c>kubernetes</c> Service and its
/// Endpoints), then the profile's nodes and objects. Everything goes through the normal create
/// path, so a profile's objects are validated like any client's.
/// </summary>
internal static class InitialObjects
{
    private static readonly string[] BaselineNamespaces = ["default", "kube-system", "kube-public"];

    public static void Load(ObjectStore store, SandboxProfile profile)
    {
        var served = profile.Served;
        foreach (var name in BaselineNamespaces)
        {
            Create(store, served, ClusterObjects.Namespace(name));
        }

        foreach (var node in profile.Nodes)
        {
            Create(store, served, node);
        }

        store.Create(ResourceCatalog.Services, "default", KubernetesService(), dryRun: false);
        store.Create(ResourceCatalog.Endpoints, "default", KubernetesEndpoints(profile), dryRun: false);
        foreach (var obj in profile.Objects)
        {
            Create(store, served, obj);
        }
    }

    private static void Create(ObjectStore store, ServedKinds served, IKubernetesObject typed)
    {
        var obj = JsonNode.Parse(KubernetesJson.Serialize(typed))!.AsObject();
        var kind = served.FindByKind(typed.ApiVersion, typed.Kind)
            ?? throw new InvalidOperationException($"A profile starts with {typed.ApiVersion} {typed.Kind}, which it does not serve (a custom resource must be in CustomResources).");
        store.Create(kind, obj.Namespace(), obj, dryRun: false);
    }

    private static JsonObject KubernetesService() => new()
    {
        ["metadata"] = new JsonObject
        {
            ["name"] = "kubernetes",
            ["labels"] = new JsonObject { ["component"] = "apiserver", ["provider"] = "kubernetes" },
        },
        ["spec"] = new JsonObject
        {
            ["clusterIP"] = ServiceAllocation.KubernetesServiceIp,
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "https", ["port"] = 443, ["protocol"] = "TCP", ["targetPort"] = 6443 }),
        },
    };

    /// <summary>The API server's endpoints: the control-plane nodes (all nodes if none is labelled so).</summary>
    private static JsonObject KubernetesEndpoints(SandboxProfile profile)
    {
        var controlPlane = profile.Nodes.Where(n => n.Metadata.Labels?.Keys.Any(k => k.Contains("control", StringComparison.Ordinal) || k.Contains("master", StringComparison.Ordinal)) == true);
        var addresses = (controlPlane.Any() ? controlPlane : profile.Nodes)
            .Select(n => n.Status.Addresses.First(a => a.Type == "InternalIP").Address)
            .Select(ip => (JsonNode)new JsonObject { ["ip"] = ip })
            .ToArray();
        return new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = "kubernetes", ["labels"] = new JsonObject { ["endpointslice.kubernetes.io/skip-mirror"] = "true" } },
            ["subsets"] = new JsonArray(new JsonObject
            {
                ["addresses"] = new JsonArray(addresses),
                ["ports"] = new JsonArray(new JsonObject { ["name"] = "https", ["port"] = 6443, ["protocol"] = "TCP" }),
            }),
        };
    }
}
