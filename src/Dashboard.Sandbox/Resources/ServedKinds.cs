namespace Dashboard.Sandbox.Resources;

/// <summary>
/// The kinds one cluster serves: the built-in ones plus its profile's custom resources. Discovery
/// and routing ask this, so a CRD's group exists only where the platform installs it (MetalLB is
/// recognised by its <c>metallb.io</c> group; listing it everywhere would mislead).
/// </summary>
internal sealed class ServedKinds(IEnumerable<ResourceKind> customResources)
{
    public IReadOnlyList<ResourceKind> All { get; } = [.. ResourceCatalog.BuiltIn, .. customResources.Except(ResourceCatalog.BuiltIn)];

    /// <summary>The API groups, core ("") first, with their kinds.</summary>
    public IEnumerable<IGrouping<string, ResourceKind>> Groups => All.GroupBy(kind => kind.Group);

    /// <summary>
    /// The group-versions, each with its kinds: a group serves one version, or several when it holds
    /// kinds at different levels (Gateway API: v1 Gateways beside v1beta1 ReferenceGrants).
    /// </summary>
    public IEnumerable<IGrouping<(string Group, string Version), ResourceKind>> GroupVersions =>
        All.GroupBy(kind => (kind.Group, kind.Version));

    /// <summary>A group's versions, the preferred one first (GA, then beta, then alpha; higher numbers first), as the apiserver orders them.</summary>
    public IReadOnlyList<string> VersionsOf(string group) =>
        [.. All.Where(kind => kind.Group == group).Select(kind => kind.Version).Distinct(StringComparer.Ordinal).OrderBy(v => v, KubeVersionOrder.Instance)];

    public ResourceKind? Find(string group, string version, string plural) =>
        All.FirstOrDefault(kind => kind.Group == group && kind.Version == version && kind.Plural == plural);

    /// <summary>The kind of an object by its apiVersion and kind fields (a profile's initial objects).</summary>
    public ResourceKind? FindByKind(string apiVersion, string kind) =>
        All.FirstOrDefault(k => k.ApiVersion == apiVersion && k.Kind == kind);
}
