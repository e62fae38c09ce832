namespace Dashboard.Core.Ingresses;

public sealed class IngressPathDraft
{
    public string Path { get; set; } = "/";

    /// <summary>Prefix, Exact or ImplementationSpecific.</summary>
    public string PathType { get; set; } = "Prefix";

    public string ServiceName { get; set; } = "";

    /// <summary>A port number or the name of one of the Service's ports.</summary>
    public string ServicePort { get; set; } = "";
}
