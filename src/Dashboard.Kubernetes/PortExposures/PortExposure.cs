using System.Globalization;

namespace Dashboard.Kubernetes.PortExposures;

/// <summary>
/// One entry of ingress-nginx's tcp-services/udp-services ConfigMap: <c>"&lt;external port&gt;":
/// "&lt;namespace&gt;/&lt;service&gt;:&lt;service port&gt;[:PROXY[:PROXY]]"</c>.
/// </summary>
/// <param name="ServicePort">A number or a port name, as ingress-nginx accepts both.</param>
/// <param name="RawValue">The value as stored, for entries written by hand that do not parse.</param>
public sealed record PortExposure(string Protocol, int ExternalPort, string Namespace, string ServiceName, string ServicePort, string RawValue)
{
    public static string ValueFor(string ns, string serviceName, int servicePort) =>
        $"{ns}/{serviceName}:{servicePort.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Null for a key that is not a port number (ingress-nginx ignores those too).</summary>
    public static PortExposure? Parse(string protocol, string key, string value)
    {
        if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var externalPort))
            return null;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var target = slash < 0 ? value : value[(slash + 1)..];
        var parts = target.Split(':');
        return new PortExposure(
            protocol, externalPort,
            slash < 0 ? "" : value[..slash],
            parts[0],
            parts.Length > 1 ? parts[1] : "",
            value);
    }
}
