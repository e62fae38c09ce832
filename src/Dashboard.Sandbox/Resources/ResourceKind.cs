using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources;

/// <summary>
/// One served kind: its names for discovery and messages, plus the few hooks where kinds differ
/// (defaults, validation, allocation, printing). Everything else is the generic engine's.
/// </summary>
internal abstract class ResourceKind(string group, string kind, string plural, bool namespaced)
{
    private static readonly string[] StandardVerbs = ["create", "delete", "get", "list", "patch", "update", "watch"];

    public string Group { get; } = group;

    /// <summary>The one served version: v1 for the built-in kinds, a CRD's own (v1beta1) otherwise.</summary>
    public virtual string Version => "v1";

    public string Kind { get; } = kind;

    public string Plural { get; } = plural;

    public string Singular => Kind.ToLowerInvariant();

    public bool Namespaced { get; } = namespaced;

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    public string ListKind => Kind + "List";

    /// <summary><c>services</c>, <c>ingresses.networking.k8s.io</c>: the noun of NotFound/Conflict messages.</summary>
    public string GroupResource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    /// <summary><c>Service</c>, <c>Ingress.networking.k8s.io</c>: the noun of Invalid messages.</summary>
    public string GroupKind => Group.Length == 0 ? Kind : $"{Kind}.{Group}";

    public virtual IReadOnlyList<string> ShortNames => [];

    public virtual IReadOnlyList<string> Categories => [];

    /// <summary>Served with a <c>/status</c> subresource: main writes keep status, status writes keep the rest.</summary>
    public virtual bool HasStatus => false;

    /// <summary>Null for a kind stored as itself; else the kind it is a converted view of.</summary>
    public virtual StorageView? StoredAs => null;

    /// <summary>Served with a <c>/scale</c> subresource (autoscaling/v1 Scale over <c>spec.replicas</c>).</summary>
    public virtual bool HasScale => false;

    public virtual NameRule NameRule => NameRule.Dns1123Subdomain;

    /// <summary>Most kinds drop a client-sent status on create; nodes keep theirs (the kubelet sends it).</summary>
    public virtual bool ResetsStatusOnCreate => HasStatus;

    /// <summary>Services refuse an unconditional PUT (no <c>resourceVersion</c>), as the real registry does.</summary>
    public virtual bool RequiresResourceVersionOnUpdate => false;

    public virtual bool TracksGeneration => false;

    /// <summary>Services answer DELETE with the object; most kinds with a Success Status.</summary>
    public virtual bool ReturnsObjectOnDelete => false;

    public virtual IReadOnlyList<TableColumn> Columns => [TableColumn.Name, TableColumn.Age];

    /// <summary>A custom resource's structural schema of <c>spec</c> (null: any content, or a built-in kind's model type).</summary>
    public virtual JsonObject? SpecSchema => null;

    /// <summary>A custom resource's structural schema of <c>status</c> (null: any content).</summary>
    public virtual JsonObject? StatusSchema => null;

    /// <summary>The description at the top of a custom resource's schema (what <c>kubectl explain</c> prints first).</summary>
    public virtual string? SchemaDescription => null;

    /// <summary>Fields a <c>fieldSelector</c> may name besides <c>metadata.name</c> and <c>metadata.namespace</c>.</summary>
    protected virtual IReadOnlyDictionary<string, Func<JsonObject, string>> ExtraSelectableFields { get; } =
        new Dictionary<string, Func<JsonObject, string>>();

    public IEnumerable<string> SelectableFields => ["metadata.name", "metadata.namespace", .. ExtraSelectableFields.Keys];

    public string? FieldValue(JsonObject obj, string field) => field switch
    {
        "metadata.name" => obj.Name(),
        "metadata.namespace" => obj.Namespace(),
        _ => ExtraSelectableFields.TryGetValue(field, out var read) ? read(obj) : null,
    };

    /// <summary>Server-side defaults of a new object (status, finalizers…), before admission.</summary>
    public virtual void PrepareForCreate(JsonObject obj)
    {
    }

    /// <summary>Defaults, validation and allocation for a create (Old null) or an update.</summary>
    public virtual void Admit(Admission admission)
    {
    }

    public virtual ApiException? RefuseDelete(JsonObject obj) => null;

    /// <summary>
    /// The verbs discovery lists. A review kind (SelfSubjectAccessReview…) is create-only: it is
    /// answered, never stored, so every other verb is 405.
    /// </summary>
    public virtual IReadOnlyList<string> Verbs => StandardVerbs;

    public bool IsCreateOnly => Verbs is ["create"];

    /// <summary>Finalizers outside metadata that keep a deleted object (a namespace's <c>spec.finalizers</c>).</summary>
    public virtual bool HasSpecFinalizers(JsonObject obj) => false;

    public override string ToString() => GroupResource;
}
