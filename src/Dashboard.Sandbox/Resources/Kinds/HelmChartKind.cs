using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// The helm-controller's kinds that K3s and RKE2 install (<c>helm.cattle.io/v1</c>): <c>HelmChart</c>, a chart
/// the cluster deploys itself (Traefik, CoreDNS…), and <c>HelmChartConfig</c>, values layered over a packaged
/// chart of the same name. Their schemas keep any field; HelmChart prints its CRD's columns.
/// </summary>
internal sealed class HelmChartKind(string kind, string plural) : ResourceKind(ApiGroup, kind, plural, namespaced: true)
{
    public const string ApiGroup = "helm.cattle.io";

    public override bool HasStatus => Kind == "HelmChart";

    public override bool TracksGeneration => true;

    public override IReadOnlyList<TableColumn> Columns { get; } = kind == "HelmChart"
        ?
        [
            TableColumn.Name,
            Text("Job", ".status.jobName", obj => obj.Status().StringAt("jobName")),
            Text("Chart", ".spec.chart", obj => obj.Spec().StringAt("chart")),
            Text("TargetNamespace", ".spec.targetNamespace", obj => obj.Spec().StringAt("targetNamespace")),
            Text("Version", ".spec.version", obj => obj.Spec().StringAt("version")),
            Text("Repo", ".spec.repo", obj => obj.Spec().StringAt("repo")),
            Text("HelmVersion", ".spec.helmVersion", obj => obj.Spec().StringAt("helmVersion")),
            Text("Bootstrap", ".spec.bootstrap", obj => obj.Spec().BoolAt("bootstrap") is { } b ? (b ? "true" : "false") : null),
        ]
        : [TableColumn.Name, TableColumn.Age];

    private static TableColumn Text(string title, string jsonPath, Func<JsonObject, string?> cell) =>
        new(title, $"Custom resource definition column (in JSONPath format): {jsonPath}", (obj, _) => cell(obj) is { } value ? JsonValue.Create(value) : null);
}
