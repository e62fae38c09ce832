using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// What client-go's record.EventRecorder does for every controller: a core v1 Event named
/// <c>&lt;object&gt;.&lt;unix nanos in hex&gt;</c> about the object, and for a repeat of the same
/// event (same source, object, type, reason and message) the stored one's count and lastTimestamp
/// moved on instead of a new object (tools/record/events_cache.go EventCorrelator).
/// </summary>
internal sealed class EventRecorder(ObjectStore store)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Namespace, string Name)> recorded = new(StringComparer.Ordinal);
    private long lastNanos;

    public void Normal(ResourceKind kind, JsonObject involved, EventSource source, string reason, string message, string? fieldPath = null) =>
        Record(kind, involved, source, "Normal", reason, message, fieldPath);

    public void Warning(ResourceKind kind, JsonObject involved, EventSource source, string reason, string message, string? fieldPath = null) =>
        Record(kind, involved, source, "Warning", reason, message, fieldPath);

    public void Record(ResourceKind kind, JsonObject involved, EventSource source, string type, string reason, string message, string? fieldPath)
    {
        var now = store.Clock.GetUtcNow();
        var ns = kind.Namespaced ? involved.Namespace() : "default";
        var meta = involved.ObjectAt("metadata");
        var key = string.Join('\u0001', source.Component, source.Host, kind.Kind, ns, involved.Name(), meta.StringAt("uid"), fieldPath, type, reason, message);
        lock (gate)
        {
            try
            {
                if (recorded.TryGetValue(key, out var existing) && Bump(existing.Namespace, existing.Name, now))
                {
                    return;
                }

                var reference = new JsonObject
                {
                    ["kind"] = kind.Kind,
                    ["namespace"] = kind.Namespaced ? ns : null,
                    ["name"] = involved.Name(),
                    ["uid"] = meta.StringAt("uid"),
                    ["apiVersion"] = kind.ApiVersion,
                    ["resourceVersion"] = meta.StringAt("resourceVersion"),
                    ["fieldPath"] = fieldPath,
                };
                var name = $"{involved.Name()}.{NextNanos(now):x}";
                var ev = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
                    ["involvedObject"] = reference,
                    ["reason"] = reason,
                    ["message"] = message,
                    ["source"] = new JsonObject { ["component"] = source.Component, ["host"] = source.Host },
                    ["firstTimestamp"] = ObjectMeta.Timestamp(now),
                    ["lastTimestamp"] = ObjectMeta.Timestamp(now),
                    ["count"] = 1,
                    ["type"] = type,
                    ["reportingComponent"] = source.Component,
                    ["reportingInstance"] = source.Host ?? string.Empty,
                };
                store.Create(ResourceCatalog.Events, ns, ev, dryRun: false);
                recorded[key] = (ns, name);
                Forget();
            }
            catch (ApiException)
            {
                // The namespace went away with its object: as the real recorder, drop the event.
            }
        }
    }

    /// <summary>count+1 and a new lastTimestamp on the stored event; false when it has expired meanwhile.</summary>
    private bool Bump(string ns, string name, DateTimeOffset now)
    {
        try
        {
            store.Update(ResourceCatalog.Events, ns, name, existing =>
            {
                existing!["count"] = (existing.LongAt("count") ?? 1) + 1;
                existing["lastTimestamp"] = ObjectMeta.Timestamp(now);
                return existing;
            }, new WriteOptions());
            return true;
        }
        catch (ApiException)
        {
            return false;
        }
    }

    /// <summary>Distinct names even for two events in the same tick.</summary>
    private long NextNanos(DateTimeOffset now)
    {
        var nanos = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
        lastNanos = Math.Max(nanos, lastNanos + 1);
        return lastNanos;
    }

    /// <summary>The correlator's cache is an LRU of 4096 entries; an older key just starts a new event.</summary>
    private void Forget()
    {
        if (recorded.Count > 4096)
        {
            recorded.Clear();
        }
    }
}
