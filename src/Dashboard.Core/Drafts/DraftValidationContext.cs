using Dashboard.Core.Annotations;

namespace Dashboard.Core.Drafts;

/// <summary>
/// What a validator needs to know about the target cluster: its node port range and the Services of the namespace
/// with their ports, and the namespaces that exist. Empty (the default) skips the checks that need the cluster, as the
/// API's shape check does. The annotation policy is never skipped: empty means the default one.
/// </summary>
public sealed record DraftValidationContext(
    int NodePortMin = 30000,
    int NodePortMax = 32767,
    IReadOnlyDictionary<string, IReadOnlyList<ServicePortRef>>? ServicesByName = null,
    IReadOnlySet<int>? TakenNodePorts = null,
    IReadOnlySet<string>? ExistingNamespaces = null)
{
    /// <summary>Which annotations may be written (the administrator's allowed prefixes).</summary>
    public AnnotationPolicy Annotations { get; init; } = AnnotationPolicy.Default;

    /// <summary>
    /// The annotations of the object being edited, as the cluster has them; null for a new object. A refused
    /// annotation it already carries passes unchanged (see <see cref="AnnotationPolicy.Refusal"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string>? ExistingAnnotations { get; init; }

    /// <summary>The names of the cluster's GatewayClasses; null skips the check that a Gateway's class exists.</summary>
    public IReadOnlyCollection<string>? GatewayClasses { get; init; }
}

/// <summary>A port of an existing Service, as a backend picker and the validator see it.</summary>
public sealed record ServicePortRef(int Port, string? Name);
