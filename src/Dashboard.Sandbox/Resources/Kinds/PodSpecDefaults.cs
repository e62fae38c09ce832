using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// The API server's defaults for a pod spec, the same for a Pod and for every workload's template
/// (core/v1 defaults.go: SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort).
/// Each is set only where the client left the field out.
/// </summary>
internal static class PodSpecDefaults
{
    public static void Apply(JsonObject? spec)
    {
        if (spec is null)
        {
            return;
        }

        spec.TryAdd("restartPolicy", "Always");
        spec.TryAdd("terminationGracePeriodSeconds", 30);
        spec.TryAdd("dnsPolicy", "ClusterFirst");
        spec.TryAdd("securityContext", new JsonObject());
        spec.TryAdd("schedulerName", "default-scheduler");
        foreach (var list in new[] { "initContainers", "containers" })
        {
            foreach (var container in spec.ArrayAt(list).Objects())
            {
                Container(container);
            }
        }
    }

    /// <summary>A template's spec (<c>spec.template.spec</c> of a workload).</summary>
    public static void ApplyToTemplate(JsonObject? workloadSpec) =>
        Apply(workloadSpec.ObjectAt("template").ObjectAt("spec"));

    private static void Container(JsonObject container)
    {
        container.TryAdd("resources", new JsonObject());
        container.TryAdd("terminationMessagePath", "/dev/termination-log");
        container.TryAdd("terminationMessagePolicy", "File");
        container.TryAdd("imagePullPolicy", PullPolicy(container.StringAt("image")));
        foreach (var port in container.ArrayAt("ports").Objects())
        {
            port.TryAdd("protocol", "TCP");
        }
    }

    /// <summary>Always for <c>:latest</c> or an untagged image (a digest counts as pinned), else IfNotPresent.</summary>
    public static string PullPolicy(string? image)
    {
        if (string.IsNullOrEmpty(image) || image.Contains('@', StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(image) ? "Always" : "IfNotPresent";
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        return colon < 0 || image[(colon + 1)..] == "latest" ? "Always" : "IfNotPresent";
    }
}
