using Dashboard.Core.Gateways;

namespace Dashboard.Core.GatewayMigration;

/// <summary>The listeners of a new Gateway for the TLS entries of one Ingress, or of every Ingress that shares it.</summary>
internal static class GatewayListeners
{
    /// <summary>
    /// HTTP on 80 for every host, and an HTTPS listener on 443 for each host of each TLS entry (one without a hostname
    /// for an entry that lists no hosts), its certificate the entry's Secret. A host already covered by an earlier entry
    /// keeps that entry's certificate, as ingress-nginx does; <paramref name="notice"/> says so.
    /// </summary>
    public static List<GatewayListenerDraft> For(IEnumerable<(string Ingress, TlsEntry Entry)> tls, Action<string> notice)
    {
        var https = new List<(string? Host, string Ingress, TlsEntry Entry)>();
        foreach (var (ingress, entry) in tls)
        {
            foreach (var host in entry.Hosts.Count == 0 ? new string?[] { null } : entry.Hosts.Cast<string?>())
            {
                var earlier = https.FirstOrDefault(h => string.Equals(h.Host, host, StringComparison.OrdinalIgnoreCase));
                if (earlier.Entry is null)
                    https.Add((host, ingress, entry));
                else if (earlier.Ingress == ingress)
                    notice($"{entry.FieldPath}: {host ?? "every host"} is already covered by an earlier TLS entry, whose certificate the listener uses, as ingress-nginx does.");
                else if (earlier.Entry.SecretName != entry.SecretName)
                    notice($"{ingress} {entry.FieldPath}: {host ?? "every host"} is already covered by the TLS entry of {earlier.Ingress} (Secret {earlier.Entry.SecretName}), " +
                        $"so the shared Gateway serves that certificate for it, not the Secret {entry.SecretName}.");
            }
        }
        var listeners = new List<GatewayListenerDraft> { new() { Name = "http", Protocol = ListenerProtocols.Http, Port = 80 } };
        listeners.AddRange(https.Select((h, i) => new GatewayListenerDraft
        {
            Name = https.Count == 1 ? "https" : $"https-{i + 1}",
            Protocol = ListenerProtocols.Https,
            Port = 443,
            Hostname = h.Host,
            CertificateSecretName = h.Entry.SecretName,
        }));
        return listeners;
    }
}
