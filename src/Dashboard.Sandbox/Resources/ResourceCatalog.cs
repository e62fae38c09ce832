using Dashboard.Sandbox.Resources.Kinds;

namespace Dashboard.Sandbox.Resources;

/// <summary>The kinds the emulator serves: the slice of the API the dashboard uses.</summary>
internal static class ResourceCatalog
{
    public const string NetworkingGroup = "networking.k8s.io";

    public static NamespaceKind Namespaces { get; } = new();

    public static NodeKind Nodes { get; } = new();

    public static ServiceKind Services { get; } = new();

    public static EndpointsKind Endpoints { get; } = new();

    public static PodKind Pods { get; } = new();

    public static ConfigMapKind ConfigMaps { get; } = new();

    public static SecretKind Secrets { get; } = new();

    public static IngressKind Ingresses { get; } = new();

    public static IngressClassKind IngressClasses { get; } = new();

    public static IReadOnlyList<ResourceKind> All { get; } =
        [Namespaces, Nodes, Services, Endpoints, Pods, ConfigMaps, Secrets, Ingresses, IngressClasses];

    /// <summary>The API groups, core ("") first, with their kinds.</summary>
    public static IEnumerable<IGrouping<string, ResourceKind>> Groups => All.GroupBy(kind => kind.Group);

    public static ResourceKind? Find(string group, string version, string plural) =>
        All.FirstOrDefault(kind => kind.Group == group && kind.Version == version && kind.Plural == plural);

    /// <summary>The kind of an object by its apiVersion and kind fields (seeding).</summary>
    public static ResourceKind? FindByKind(string apiVersion, string kind) =>
        All.FirstOrDefault(k => k.ApiVersion == apiVersion && k.Kind == kind);
}
