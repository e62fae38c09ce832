using System.Net;
using System.Net.Sockets;

namespace Dashboard.Kubernetes.Networks;

/// <summary>
/// The connect step of every Kubernetes client (<see cref="SocketsHttpHandler.ConnectCallback"/>): it resolves the
/// host itself, judges every address, and opens the TCP connection only to an allowed one, so what was checked is what
/// is connected to (a DNS answer that changes between a check and a connect cannot slip through). TLS, with the
/// kubeconfig's CA and client certificate, is layered on the returned stream by the handler as before.
/// </summary>
public static class PolicyConnection
{
    /// <exception cref="ClusterAddressRefusedException">every address is refused; nothing was sent.</exception>
    public static async ValueTask<Stream> ConnectAsync(ClusterAddressPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var verdicts = addresses.Select(address => (Original: address, Verdict: policy.Judge(address, endpoint.Port))).ToArray();
        var allowed = verdicts.Where(v => v.Verdict.IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            if (verdicts.Length == 0)
                throw new SocketException((int)SocketError.HostNotFound);
            // The most telling refusal: a denied or self address says more than "not listed".
            throw new ClusterAddressRefusedException(host, verdicts.OrderBy(v => v.Verdict.Ruling == AddressRuling.NotListed).First().Verdict);
        }

        Exception? last = null;
        foreach (var (original, verdict) in allowed)
        {
            // A mapped address is connected to as the IPv4 address it was judged as.
            var target = original.IsIPv4MappedToIPv6 ? verdict.Address : original;
            var socket = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(target, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
