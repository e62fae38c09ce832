using Dashboard.Core.Ingresses;

namespace Dashboard.Core.GatewayMigration;

/// <summary>One <c>spec.tls[]</c> entry of the Ingress that has a Secret.</summary>
internal sealed record TlsEntry(IReadOnlyList<string> Hosts, string SecretName, string FieldPath)
{
    public static List<TlsEntry> Of(IngressDraft ingress, MigrationReport report)
    {
        var entries = new List<TlsEntry>();
        foreach (var (tls, i) in ingress.Tls.Select((t, i) => (t, i)))
        {
            if (string.IsNullOrWhiteSpace(tls.SecretName))
            {
                report.NotTranslated.Add(new NotTranslatedItem($"spec.tls[{i}].secretName",
                    "This TLS entry names no Secret, so ingress-nginx serves its default certificate there; a Gateway listener needs a certificate Secret: create one, then add an HTTPS listener with it.",
                    ingress.Name));
                continue;
            }
            var hosts = tls.Hosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            entries.Add(new TlsEntry(hosts, tls.SecretName.Trim(), $"spec.tls[{i}]"));
        }
        return entries;
    }

    /// <summary>The first entry whose certificate serves the group, as ingress-nginx picks it.</summary>
    public static TlsEntry? Covering(IReadOnlyList<TlsEntry> entries, HostGroup group, string hostnameDomain) =>
        entries.FirstOrDefault(e => e.Hosts.Count == 0 || e.Hosts.Any(h => ListenerChoice.Fit(h, group, hostnameDomain) > 1));
}
