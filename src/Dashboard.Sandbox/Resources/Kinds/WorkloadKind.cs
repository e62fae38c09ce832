using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// The apps/v1 workloads (Deployments, ReplicaSets, StatefulSets, DaemonSets): the selector checks they share.
/// Each kind's own file adds its defaults and columns; the controllers in <c>Controllers/</c> run them.
/// </summary>
internal abstract class WorkloadKind(string kind, string plural, string shortName)
    : ResourceKind(ResourceCatalog.AppsGroup, kind, plural, namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => [shortName];

    public override IReadOnlyList<string> Categories => ["all"];

    public override bool HasStatus => true;

    public override bool TracksGeneration => true;

    /// <summary>Served with <c>/scale</c> (autoscaling/v1 Scale): Deployments, ReplicaSets and StatefulSets.</summary>
    public override bool HasScale => true;

    /// <summary>The kind's server-side defaults (apps/v1 defaults.go), applied to every write as the decoder does.</summary>
    protected virtual void ApplyDefaults(JsonObject spec) => spec.TryAdd("replicas", 1);

    /// <summary>Defaults, then the apiserver's checks on the selector: required, not empty, matching the pod template, immutable.</summary>
    public override void Admit(Admission admission)
    {
        var spec = admission.Object.Spec();
        if (spec is not null)
        {
            ApplyDefaults(spec);
            PodSpecDefaults.ApplyToTemplate(spec);
        }

        var selector = spec.ObjectAt("selector");
        var matchLabels = selector.StringMap("matchLabels");
        var templateLabels = spec.ObjectAt("template").ObjectAt("metadata").StringMap("labels");
        if (selector is null)
        {
            admission.Add(FieldError.Required("spec.selector"));
        }
        else if (matchLabels.Count == 0 && (selector.ArrayAt("matchExpressions")?.Count ?? 0) == 0)
        {
            admission.Add(FieldError.Invalid("spec.selector", new RawValue(selector.ToJsonString()), $"empty selector is invalid for {Singular}"));
        }
        else if (matchLabels.Any(pair => templateLabels.GetValueOrDefault(pair.Key) != pair.Value))
        {
            admission.Add(FieldError.Invalid("spec.template.metadata.labels", new RawValue(Go(templateLabels)), "`selector` does not match template `labels`"));
        }

        if (admission.Old?.Spec().ObjectAt("selector") is { } before && !JsonNode.DeepEquals(before, selector))
        {
            admission.Add(FieldError.Invalid("spec.selector", new RawValue(selector?.ToJsonString() ?? "null"), "field is immutable"));
        }
    }

    /// <summary>Go's <c>%#v</c> of a label map, as the real message prints it.</summary>
    private static string Go(IReadOnlyDictionary<string, string> labels) =>
        "map[string]string{" + string.Join(", ", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"\"{l.Key}\":\"{l.Value}\"")) + "}";
}
