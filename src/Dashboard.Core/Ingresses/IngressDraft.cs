using Dashboard.Core.Drafts;

namespace Dashboard.Core.Ingresses;

/// <summary>What the Ingress wizard and <c>POST /api/v1/clusters/{id}/ingresses</c> take.</summary>
public sealed class IngressDraft
{
    public string Namespace { get; set; } = "default";

    public string Name { get; set; } = "";

    /// <summary>An IngressClass of the cluster or a custom class name; null uses the cluster's default class.</summary>
    public string? ClassName { get; set; }

    public List<IngressRuleDraft> Rules { get; set; } = [new()];

    public List<IngressTlsDraft> Tls { get; set; } = [];

    public List<KeyValueDraft> Labels { get; set; } = [];

    public List<KeyValueDraft> Annotations { get; set; } = [];
}
