namespace Dashboard.Web.Components.Hostnames;

/// <summary>What a generated hostname is written into; the panel's words and the service the button calls depend on it.</summary>
public enum HostnameSubject
{
    Ingress,
    HttpRoute,
}
