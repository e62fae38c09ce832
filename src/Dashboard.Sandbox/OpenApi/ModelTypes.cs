using System.Reflection;
using k8s.Models;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// The KubernetesClient model type of a group/version/kind, found through its <c>[KubernetesEntity]</c>
/// attribute, so every kind the package models (core Event, events.k8s.io Event, Scale…) is found without a list here.
/// </summary>
internal static class ModelTypes
{
    private static readonly Lazy<Dictionary<(string Group, string Version, string Kind), Type>> ByKind = new(() =>
    {
        var map = new Dictionary<(string, string, string), Type>();
        foreach (var type in typeof(V1Service).Assembly.GetTypes().Where(t => t.Namespace == "k8s.Models" && t.IsClass))
        {
            if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity && !DefinitionNames.IsMeta(type))
            {
                map.TryAdd((entity.Group ?? string.Empty, entity.ApiVersion, entity.Kind), type);
            }
        }

        return map;
    });

    public static Type? For(string group, string version, string kind) => ByKind.Value.GetValueOrDefault((group, version, kind));
}
