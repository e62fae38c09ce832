using Dashboard.Core.Ingresses;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// The paths of one host of an Ingress, in order: they become one HTTPRoute. ingress2gateway groups the same way
/// (one route per host); a generated host and the default backend are groups of their own.
/// </summary>
internal sealed class HostGroup
{
    private HostGroup(HostGroupKind kind, string? host)
    {
        Kind = kind;
        Host = host;
    }

    public HostGroupKind Kind { get; }

    /// <summary>Custom only.</summary>
    public string? Host { get; }

    public List<SourcePath> Paths { get; } = [];

    /// <summary>The same for the same host in any Ingress (hosts compare without case).</summary>
    public string Key => Kind == HostGroupKind.Custom ? "host:" + Host!.ToLowerInvariant() : Kind.ToString();

    /// <summary>How messages name the group's host.</summary>
    public string Describe() => Kind switch
    {
        HostGroupKind.Custom => Host!,
        HostGroupKind.Generate => "the generated hostname",
        _ => "every other host (the default backend)",
    };

    /// <summary>The groups of an Ingress in the order its rules list them; the default backend last.</summary>
    public static List<HostGroup> Of(IngressDraft ingress, string hostnameDomain)
    {
        var groups = new List<HostGroup>();
        var specIndex = 0;
        foreach (var rule in ingress.Rules)
        {
            var (kind, host) = rule.HostChoice switch
            {
                HostChoice.DefaultBackend => (HostGroupKind.DefaultBackend, (string?)null),
                HostChoice.Generate => (HostGroupKind.Generate, null),
                _ when string.IsNullOrWhiteSpace(rule.Host) => (HostGroupKind.DefaultBackend, null),
                _ when string.Equals(rule.Host.Trim().TrimEnd('.'), hostnameDomain.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase) => (HostGroupKind.Generate, null),
                _ => (HostGroupKind.Custom, rule.Host.Trim()),
            };
            var group = new HostGroup(kind, host);
            var existing = groups.FirstOrDefault(g => g.Key == group.Key);
            if (existing is null)
                groups.Add(group);
            else
                group = existing;

            if (rule.HostChoice == HostChoice.DefaultBackend)
            {
                group.Paths.AddRange(rule.Paths.Select(p => new SourcePath(p, "spec.defaultBackend")));
                continue;
            }
            group.Paths.AddRange(rule.Paths.Select((p, j) => new SourcePath(p, $"spec.rules[{specIndex}].http.paths[{j}]")));
            specIndex++;
        }
        // The default backend catches what no host rule takes: its route comes last, like the field in the Ingress.
        return [.. groups.Where(g => g.Paths.Count > 0 && g.Kind != HostGroupKind.DefaultBackend), .. groups.Where(g => g.Paths.Count > 0 && g.Kind == HostGroupKind.DefaultBackend)];
    }
}
