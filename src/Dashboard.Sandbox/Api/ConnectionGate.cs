using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// Kestrel connection middleware for the unreachable fault: while refusing, new connections are
/// closed before the TLS handshake, and closing starts by cutting every open one. Working on
/// connections rather than requests makes HTTP/1.1 clients (KubernetesClient) and HTTP/2 clients
/// (kubectl) alike see a dropped connection and no response at all.
/// </summary>
internal sealed class ConnectionGate
{
    private readonly ConcurrentDictionary<ConnectionContext, byte> open = new();
    private volatile bool refusing;

    public bool Refusing
    {
        get => refusing;
        set
        {
            refusing = value;
            if (value)
            {
                foreach (var connection in open.Keys)
                {
                    connection.Abort();
                }
            }
        }
    }

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        open[connection] = 0;
        try
        {
            // Checked after registering: a connection racing with Refusing = true is either seen
            // by the setter or sees the flag itself.
            if (refusing)
            {
                connection.Abort();
                return;
            }

            await next(connection);
        }
        finally
        {
            open.TryRemove(connection, out _);
        }
    };
}
