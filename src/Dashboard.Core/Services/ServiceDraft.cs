using Dashboard.Core.Drafts;

namespace Dashboard.Core.Services;

/// <summary>What the Service wizard and <c>POST /api/v1/clusters/{id}/services</c> take.</summary>
public sealed class ServiceDraft
{
    public string Namespace { get; set; } = "default";

    /// <summary>Create <see cref="Namespace"/> first when it does not exist.</summary>
    public bool CreateNamespace { get; set; }

    public string Name { get; set; } = "";

    public ServiceKind Type { get; set; } = ServiceKind.ClusterIP;

    /// <summary>ExternalName only: the DNS name the Service aliases.</summary>
    public string? ExternalName { get; set; }

    public List<ServicePortDraft> Ports { get; set; } = [new()];

    public List<KeyValueDraft> Selector { get; set; } = [];

    public List<KeyValueDraft> Labels { get; set; } = [];
}
