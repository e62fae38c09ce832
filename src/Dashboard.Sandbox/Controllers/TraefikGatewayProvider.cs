using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;
using Dashboard.Sandbox.Patching;
using Dashboard.Sandbox.Profiles;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;
using YamlDotNet.Core;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// What helm-controller does when a HelmChartConfig changes Traefik's values: with
/// <c>providers.kubernetesGateway.enabled: true</c> the chart renders the GatewayClass <c>traefik</c>;
/// without it (or with the config gone) the chart's class goes again. Values that are not YAML leave the
/// chart as it was, as a failed upgrade does.
/// </summary>
internal static class TraefikGatewayProvider
{
    public const string ClassName = "traefik";

    public static void Apply(ObjectStore store, string chart)
    {
        IStoreReader reader = store;
        var config = reader.Get(ResourceCatalog.HelmChartConfigs, "kube-system", chart);
        bool enabled;
        try
        {
            enabled = GatewayProviderEnabled(config?.Spec().StringAt("valuesContent"));
        }
        catch (YamlException)
        {
            return;
        }

        var existing = reader.Get(ResourceCatalog.GatewayClasses, string.Empty, ClassName);
        if (enabled && existing is null)
        {
            store.Create(ResourceCatalog.GatewayClasses, string.Empty, new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["name"] = ClassName,
                    ["labels"] = new JsonObject
                    {
                        ["app.kubernetes.io/instance"] = $"{chart}-kube-system",
                        ["app.kubernetes.io/managed-by"] = "Helm",
                        ["app.kubernetes.io/name"] = "traefik",
                    },
                    ["annotations"] = new JsonObject
                    {
                        ["meta.helm.sh/release-name"] = chart,
                        ["meta.helm.sh/release-namespace"] = "kube-system",
                    },
                },
                ["spec"] = new JsonObject { ["controllerName"] = GatewayControllerBehaviour.TraefikController },
            }, dryRun: false);
        }
        else if (!enabled && existing is not null && existing.Annotations().GetValueOrDefault("meta.helm.sh/release-name") == chart)
        {
            store.Delete(ResourceCatalog.GatewayClasses, string.Empty, ClassName, new DeleteOptions());
        }
    }

    private static bool GatewayProviderEnabled(string? values)
    {
        if (string.IsNullOrWhiteSpace(values) || YamlToJson.Parse(values) is not JsonObject root)
        {
            return false;
        }

        var enabled = root.ObjectAt("providers").ObjectAt("kubernetesGateway")?["enabled"];
        return JsonNodes.AsString(enabled) is "true" || (enabled is JsonValue value && value.TryGetValue<bool>(out var flag) && flag);
    }
}
