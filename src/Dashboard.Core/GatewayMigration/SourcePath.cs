using Dashboard.Core.Ingresses;

namespace Dashboard.Core.GatewayMigration;

/// <summary>One path of an Ingress and where it sits in the Ingress (<c>spec.rules[0].http.paths[1]</c>).</summary>
internal sealed record SourcePath(IngressPathDraft Path, string FieldPath)
{
    /// <summary>The field path of its port (the name, when the port is named).</summary>
    public string PortField => FieldPath == "spec.defaultBackend" ? "spec.defaultBackend.service.port" : FieldPath + ".backend.service.port";
}
