using System.Globalization;
using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>An Ingress path's Service backend as a route backend: Gateway API names Service ports by number only.</summary>
internal static class Backends
{
    public static HttpBackendDraft Of(SourcePath source, string ingressName, ServicePortResolver resolvePort, MigrationReport report)
    {
        var service = source.Path.ServiceName.Trim();
        var port = source.Path.ServicePort.Trim();
        var backend = new HttpBackendDraft { ServiceName = service };
        if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            backend.Port = number;
        }
        else if (port.Length > 0 && resolvePort(service, port) is { } resolved)
        {
            backend.Port = resolved;
        }
        else
        {
            report.NotTranslated.Add(new NotTranslatedItem(source.PortField + ".name",
                $"Gateway API needs the port number, and the Service {service} has no port named '{port}' that the dashboard can read: set the backend's port number on the route.",
                ingressName));
        }
        return backend;
    }

    public static HttpBackendDraft Copy(HttpBackendDraft backend, int weight) => new()
    {
        ServiceName = backend.ServiceName,
        ServiceNamespace = backend.ServiceNamespace,
        Port = backend.Port,
        Weight = weight,
    };
}
