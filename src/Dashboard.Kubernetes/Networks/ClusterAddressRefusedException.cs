namespace Dashboard.Kubernetes.Networks;

/// <summary>
/// Thrown by the connect step, before any packet leaves, when every address the API server's host resolves to is
/// refused by the address policy. The message is our own sentence and names the setting that decides.
/// </summary>
public sealed class ClusterAddressRefusedException(string host, AddressVerdict verdict)
    : Exception(Sentence(host, verdict))
{
    public string Host { get; } = host;

    public AddressVerdict Verdict { get; } = verdict;

    private static string Sentence(string host, AddressVerdict verdict)
    {
        var address = verdict.Address.ToString();
        var subject = string.Equals(host.Trim('[', ']'), address, StringComparison.OrdinalIgnoreCase)
            ? $"The API server address {address}"
            : $"The API server host {host} resolves to {address}, which";
        return verdict.Ruling switch
        {
            AddressRuling.Denied =>
                $"{subject} is in {verdict.Network}, which {ClusterAddressOptions.Section}:DeniedNetworks refuses (link-local and cloud metadata addresses are refused by default). " +
                $"The dashboard did not connect. Use the API server's own address, or remove {verdict.Network} from {ClusterAddressOptions.Section}:DeniedNetworks.",
            AddressRuling.DashboardItself =>
                $"{subject} is the dashboard's own listener (port {verdict.Port}), not a Kubernetes API server, so the dashboard did not connect. Use the API server's address.",
            _ =>
                $"{subject} is {verdict.Kind ?? "a special-purpose address"}, which {ClusterAddressOptions.Section}:AllowedNetworks does not list, so the dashboard did not connect. " +
                $"To manage a cluster there (a standalone sandbox or a local kind cluster on loopback, say), add its range, such as {SuggestedRange(verdict)}, to {ClusterAddressOptions.Section}:AllowedNetworks.",
        };
    }

    private static string SuggestedRange(AddressVerdict verdict) =>
        System.Net.IPAddress.IsLoopback(verdict.Address)
            ? verdict.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? "127.0.0.0/8" : "::1/128"
            : verdict.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? $"{verdict.Address}/32" : $"{verdict.Address}/128";
}
