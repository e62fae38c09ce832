using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class IngressKind() : ResourceKind(ResourceCatalog.NetworkingGroup, "Ingress", "ingresses", namespaced: true)
{
    /// <summary>The pre-IngressClass way to pick a controller, still honoured by ingress-nginx.</summary>
    public const string LegacyClassAnnotation = "kubernetes.io/ingress.class";

    public override IReadOnlyList<string> ShortNames => ["ing"];

    public override bool HasStatus => true;

    public override bool TracksGeneration => true;

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Class", "The name of the IngressClass resource that should be used for additional configuration", obj => obj.Spec().StringAt("ingressClassName") ?? Printing.None),
        TableColumn.Text("Hosts", "Hosts that incoming requests are matched against before the ingress rule", Hosts),
        TableColumn.Text("Address", "Address is a list containing ingress points for the load-balancer", Printing.LoadBalancerAddresses),
        TableColumn.Text("Ports", "Ports of TLS configurations that open", obj => obj.Spec().ArrayAt("tls") is { Count: > 0 } ? "80, 443" : "80"),
        TableColumn.Age,
    ];

    public override void PrepareForCreate(JsonObject obj) =>
        obj["status"] = new JsonObject { ["loadBalancer"] = new JsonObject() };

    public override void Admit(Admission admission)
    {
        var spec = admission.Object.EnsureObject("spec");
        if (admission.IsCreate && spec["ingressClassName"] is null && !admission.Object.Annotations().ContainsKey(LegacyClassAnnotation)
            && IngressClassKind.DefaultClass(admission.Store) is { } defaultClass)
        {
            // The DefaultIngressClass admission plugin, on by default in a real API server.
            spec["ingressClassName"] = defaultClass.Name();
        }

        IngressValidation.Validate(admission, spec);
    }

    /// <summary>
    /// The printers' formatHosts: the first three hosts; once three are listed, any further rule
    /// (with a host or not) counts towards "+ N more...", N being the rules beyond three.
    /// </summary>
    private static string Hosts(JsonObject obj)
    {
        const int max = 3;
        var rules = obj.Spec().ArrayAt("rules").Objects().ToList();
        var hosts = new List<string>();
        var more = false;
        foreach (var rule in rules)
        {
            if (hosts.Count == max)
            {
                more = true;
            }

            if (!more && rule.StringAt("host") is { Length: > 0 } host)
            {
                hosts.Add(host);
            }
        }

        if (hosts.Count == 0)
        {
            return "*";
        }

        return more ? $"{string.Join(",", hosts)} + {rules.Count - max} more..." : string.Join(",", hosts);
    }
}
