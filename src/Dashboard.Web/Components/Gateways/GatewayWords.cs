using Dashboard.Core.Support;

namespace Dashboard.Web.Components.Gateways;

/// <summary>The short words the Gateway and route lists and pages share for addresses and conditions.</summary>
public static class GatewayWords
{
    /// <summary>The addresses, comma-separated, or "none yet".</summary>
    public static string Addresses(IReadOnlyList<GatewayAddress> addresses) =>
        addresses.Count == 0 ? "none yet" : string.Join(", ", addresses.Select(a => a.Value));

    /// <summary>
    /// True for a DNS name. Some controllers write an FQDN with type IPAddress, so the value decides, not the type.
    /// </summary>
    public static bool IsDnsName(GatewayAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !address.IsIp;
    }

    /// <summary>A condition that may not have been written yet: "yes", "no" or the waiting words.</summary>
    public static string State(bool? condition, string yes, string no) => condition switch
    {
        true => yes,
        false => no,
        null => "waiting for the controller",
    };

    /// <summary>Where a listener takes routes from, in words.</summary>
    public static string AllowedRoutes(string from, IReadOnlyDictionary<string, string> labels, IReadOnlyList<string> kinds)
    {
        var where = from switch
        {
            "All" => "routes from every namespace",
            "Selector" => labels.Count == 0
                ? "routes from namespaces its selector matches"
                : $"routes from namespaces labelled {string.Join(", ", labels.Select(l => $"{l.Key}={l.Value}"))}",
            _ => "routes from its own namespace only",
        };
        return kinds.Count == 0 ? where : $"{string.Join(", ", kinds)} {where[7..]}";
    }
}
