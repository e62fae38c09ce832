using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Selectors;

namespace Dashboard.Sandbox.Store;

/// <summary>
/// The cluster's state: every object of every kind, one resourceVersion counter for all of them
/// (as etcd's revision), and the event log watches resume from. One lock guards it all; the work
/// under it is small and the emulator's load is a handful of clients.
/// </summary>
internal sealed partial class ObjectStore : IStoreReader
{
    private readonly Lock gate = new();
    private readonly Dictionary<ResourceKind, SortedDictionary<string, StoredObject>> objects;
    private readonly EventLog log;
    private readonly TimeProvider clock;
    private long revision;

    public ObjectStore(int retainedEvents, TimeProvider clock)
    {
        this.clock = clock;
        log = new EventLog(retainedEvents);
        objects = ResourceCatalog.All.ToDictionary(kind => kind, _ => new SortedDictionary<string, StoredObject>(StringComparer.Ordinal));
    }

    public WatchHub Hub { get; } = new();

    public TimeProvider Clock => clock;

    public long Revision
    {
        get
        {
            lock (gate)
            {
                return revision;
            }
        }
    }

    public StoredObject Get(ResourceKind kind, string ns, string name) =>
        Find(kind, ns, name) ?? throw ApiErrors.NotFound(kind, name);

    public StoredObject? Find(ResourceKind kind, string ns, string name)
    {
        lock (gate)
        {
            return objects[kind].GetValueOrDefault(StoredObject.KeyOf(kind.Namespaced ? ns : string.Empty, name));
        }
    }

    /// <summary>A page of matching objects after <paramref name="afterKey"/>, in key order.</summary>
    public ListPage List(ResourceKind kind, string? ns, ObjectFilter filter, int? limit, string? afterKey)
    {
        lock (gate)
        {
            var matching = Scan(kind, ns)
                .Where(obj => afterKey is null || string.CompareOrdinal(obj.Key, afterKey) > 0)
                .Where(filter.Matches)
                .ToList();
            if (limit is not { } max || max <= 0 || matching.Count <= max)
            {
                return new ListPage(matching, revision, null, 0);
            }

            var page = matching.Take(max).ToList();
            return new ListPage(page, revision, page[^1].Key, matching.Count - max);
        }
    }

    IReadOnlyList<JsonObject> IStoreReader.List(ResourceKind kind, string? ns)
    {
        lock (gate)
        {
            return Scan(kind, ns).Select(obj => obj.Thaw()).ToList();
        }
    }

    JsonObject? IStoreReader.Get(ResourceKind kind, string ns, string name) => Find(kind, ns, name)?.Thaw();

    private IEnumerable<StoredObject> Scan(ResourceKind kind, string? ns) =>
        ns is null || !kind.Namespaced
            ? objects[kind].Values
            : objects[kind].Values.Where(obj => obj.Namespace == ns);

    private void RequireNamespace(string ns)
    {
        if (ns.Length == 0 || !objects[ResourceCatalog.Namespaces].ContainsKey(ns))
        {
            throw ApiErrors.NamespaceNotFound(ns);
        }
    }
}
