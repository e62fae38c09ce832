namespace Dashboard.Core.Ingresses;

public sealed class IngressRuleDraft
{
    public HostChoice HostChoice { get; set; } = HostChoice.Generate;

    /// <summary>Custom only.</summary>
    public string? Host { get; set; }

    public List<IngressPathDraft> Paths { get; set; } = [new()];
}
