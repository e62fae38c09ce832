using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// kube-controller-manager's namespace controller (pkg/controller/namespace/deletion): a
/// Terminating namespace is emptied, kind by kind, its deletion conditions kept up to date; once
/// nothing is left it removes the <c>kubernetes</c> finalizer and deletes the namespace.
/// It starts a moment after the namespace is marked, so clients can see it Terminating.
/// </summary>
internal sealed class NamespaceController(ObjectStore store) : StoreController(store)
{
    public const string Finalizer = "kubernetes";

    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    private static readonly (string Type, string Reason, string Message)[] Succeeded =
    [
        ("NamespaceDeletionDiscoveryFailure", "ResourcesDiscovered", "All resources successfully discovered"),
        ("NamespaceDeletionGroupVersionParsingFailure", "ParsedGroupVersions", "All legacy kube types successfully parsed"),
        ("NamespaceDeletionContentFailure", "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
        ("NamespaceContentRemaining", "ContentRemoved", "All content successfully removed"),
        ("NamespaceFinalizersRemaining", "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
    ];

    private readonly ConcurrentDictionary<string, bool> terminating = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> scheduled = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock reconciling = new();

    protected override void Handle(WatchEvent change)
    {
        var kind = change.Object.Kind;
        if (kind == ResourceCatalog.Namespaces)
        {
            var name = change.Object.Name;
            if (change.Type == EventTypes.Deleted)
            {
                terminating.TryRemove(name, out _);
            }
            else if (OwnerReferences.IsBeingDeleted(change.Object.Thaw()))
            {
                terminating[name] = true;
                Schedule(name);
            }
        }
        else if (kind.Namespaced && change.Type != EventTypes.Added && terminating.ContainsKey(change.Object.Namespace))
        {
            // Content went (or a finalizer was removed): the namespace may be empty now.
            Schedule(change.Object.Namespace);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await base.DisposeAsync();
        foreach (var pending in scheduled.Values)
        {
            await pending.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        stopping.Dispose();
    }

    private void Schedule(string ns)
    {
        if (scheduled.ContainsKey(ns))
        {
            return;
        }

        scheduled[ns] = Task.Run(async () =>
        {
            await Task.Delay(Delay, stopping.Token);
            scheduled.TryRemove(ns, out _);
            try
            {
                lock (reconciling)
                {
                    Reconcile(ns);
                }
            }
            catch (ApiException)
            {
                // The namespace went or changed meanwhile; its next event schedules another pass.
            }
        });
    }

    private void Reconcile(string ns)
    {
        if (Reader.Get(ResourceCatalog.Namespaces, string.Empty, ns) is not { } namespaceObject || !OwnerReferences.IsBeingDeleted(namespaceObject))
        {
            return;
        }

        var remaining = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var finalizers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in ResourceCatalog.All.Where(k => k.Namespaced))
        {
            foreach (var obj in Reader.List(kind, ns).Where(o => !OwnerReferences.IsBeingDeleted(o)))
            {
                DeleteContent(kind, obj);
            }

            var left = Reader.List(kind, ns);
            if (left.Count > 0)
            {
                remaining[$"{kind.Plural}.{kind.Group} has {left.Count} resource instances"] = left.Count;
            }

            foreach (var finalizer in left.SelectMany(ObjectStore.Finalizers))
            {
                finalizers[finalizer] = finalizers.GetValueOrDefault(finalizer) + 1;
            }
        }

        WriteConditions(ns, remaining.Keys.ToList(), finalizers.Select(f => $"{f.Key} in {f.Value} resource instances").ToList());
        if (remaining.Count > 0)
        {
            return;
        }

        // Without finalizers left, the update itself deletes the namespace, as the finalize subresource does.
        RemoveFinalizer(ns);
        if (Reader.Get(ResourceCatalog.Namespaces, string.Empty, ns) is not null)
        {
            Store.Delete(ResourceCatalog.Namespaces, string.Empty, ns, new DeleteOptions { PreconditionUid = OwnerReferences.Uid(namespaceObject) });
        }
    }

    private void DeleteContent(ResourceKind kind, JsonObject obj)
    {
        try
        {
            Store.Delete(kind, obj.Namespace(), obj.Name(), new DeleteOptions { Propagation = PropagationPolicy.Background, PreconditionUid = OwnerReferences.Uid(obj) });
        }
        catch (ApiException)
        {
            // Already gone (the garbage collector may be deleting the same objects).
        }
    }

    /// <summary>The deleter's status_condition_utils: the "ok" variant of each condition unless content remains.</summary>
    private void WriteConditions(string ns, List<string> remainingResources, List<string> remainingFinalizers)
    {
        var now = ObjectMeta.Timestamp(Store.Clock.GetUtcNow());
        Store.Update(ResourceCatalog.Namespaces, string.Empty, ns, current =>
        {
            var desired = current!;
            var status = desired.EnsureObject("status");
            var old = status.ArrayAt("conditions").Objects().ToDictionary(c => c.StringAt("type") ?? string.Empty, StringComparer.Ordinal);
            var conditions = new JsonArray();
            foreach (var (type, okReason, okMessage) in Succeeded)
            {
                var (state, reason, message) = type switch
                {
                    "NamespaceContentRemaining" when remainingResources.Count > 0 =>
                        ("True", "SomeResourcesRemain", "Some resources are remaining: " + string.Join(", ", remainingResources)),
                    "NamespaceFinalizersRemaining" when remainingFinalizers.Count > 0 =>
                        ("True", "SomeFinalizersRemain", "Some content in the namespace has finalizers remaining: " + string.Join(", ", remainingFinalizers)),
                    _ => ("False", okReason, okMessage),
                };
                var previous = old.GetValueOrDefault(type);
                conditions.Add(new JsonObject
                {
                    ["type"] = type,
                    ["status"] = state,
                    ["lastTransitionTime"] = previous?.StringAt("status") == state ? previous.StringAt("lastTransitionTime") : now,
                    ["reason"] = reason,
                    ["message"] = message,
                });
            }

            status["conditions"] = conditions;
            return desired;
        }, new WriteOptions { Target = WriteTarget.Status });
    }

    /// <summary>What <c>PUT …/finalize</c> does for the controller: <c>kubernetes</c> leaves spec.finalizers.</summary>
    private void RemoveFinalizer(string ns) =>
        Store.Update(ResourceCatalog.Namespaces, string.Empty, ns, current =>
        {
            var desired = current!;
            var kept = desired.Spec().ArrayAt("finalizers")?.Select(JsonNodes.AsString).Where(f => f != Finalizer).Select(f => (JsonNode?)f).ToArray() ?? [];
            if (kept.Length == 0)
            {
                desired.Spec()?.Remove("finalizers");
            }
            else
            {
                desired.EnsureObject("spec")["finalizers"] = new JsonArray(kept);
            }

            return desired;
        }, new WriteOptions());
}
