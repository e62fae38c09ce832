namespace Dashboard.Sandbox.Resources;

/// <summary>
/// The kinds one cluster serves: the built-in ones plus its profile's custom resources. Discovery
/// and routing ask this, so a CRD's group exists only where the platform installs it (MetalLB is
/// recognised by its <c>metallb.io</c> group; listing it everywhere would mislead).
/// </summary>
internal sealed class ServedKinds(IEnumerable<ResourceKind> customResources)
{
    public IReadOnlyList<ResourceKind> All { get; } = [.. ResourceCatalog.BuiltIn, .. customResources.Except(ResourceCatalog.BuiltIn)];

    /// <summary>The API groups, core ("") first, with their kinds (each group serves one version).</summary>
    public IEnumerable<IGrouping<string, ResourceKind>> Groups => All.GroupBy(kind => kind.Group);

    public ResourceKind? Find(string group, string version, string plural) =>
        All.FirstOrDefault(kind => kind.Group == group && kind.Version == version && kind.Plural == plural);

    /// <summary>The kind of an object by its apiVersion and kind fields (a profile's initial objects).</summary>
    public ResourceKind? FindByKind(string apiVersion, string kind) =>
        All.FirstOrDefault(k => k.ApiVersion == apiVersion && k.Kind == kind);
}
