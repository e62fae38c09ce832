using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Dashboard.Kubernetes.Networks;
using k8s.Autorest;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>Turns what KubernetesClient throws into a sentence a person can act on.</summary>
public static class KubernetesErrors
{
    /// <summary>
    /// For the connection tests, the health checks and the watch caches: what is stored in the registry and shown to
    /// every viewer. Always our own fixed words (the status code, the kind of failure, the server address as registered),
    /// never text from whatever answered, so an address that is not a Kubernetes API server tells viewers nothing of itself.
    /// </summary>
    public static string Describe(Exception error, string server) => Find<ClusterAddressRefusedException>(error) is { } refused
        ? refused.Message
        : error switch
        {
            HttpOperationException { Response.StatusCode: HttpStatusCode.Unauthorized } =>
                $"The cluster at {server} refused the credentials (401 Unauthorized). The token or certificate may have expired; export a fresh kubeconfig.",
            HttpOperationException { Response.StatusCode: HttpStatusCode.Forbidden } =>
                "The credentials are valid but not allowed to read what the dashboard needs (403 Forbidden). Give the user read access to nodes, namespaces and ingress classes.",
            HttpOperationException { Response.StatusCode: >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest } http =>
                $"The server at {server} answered {(int)http.Response.StatusCode} (a redirect), which the dashboard does not follow. Use the API server's own address in the kubeconfig.",
            HttpOperationException http =>
                $"The server at {server} answered {(int)http.Response.StatusCode}{StatusName(http.Response.StatusCode)} instead of the Kubernetes API. Check the server address and that the API server is healthy.",
            HttpRequestException { InnerException: SocketException socket } =>
                $"Could not reach {server}: {socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "connection refused",
                    SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "the host name does not resolve",
                    SocketError.TimedOut => "the connection timed out",
                    SocketError.NetworkUnreachable or SocketError.HostUnreachable => "no route to the address",
                    _ => "the connection failed",
                }}. Check the server address and that the dashboard's host can reach it.",
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } or HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException } =>
                $"The TLS handshake with {server} failed: the server closed the connection or its certificate is not trusted by the kubeconfig's certificate-authority-data. Check the address and the CA.",
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } =>
                $"Could not reach {server}: the connection failed. Check the server address and that the dashboard's host can reach it.",
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } =>
                $"Could not reach {server}: the host name does not resolve. Check the server address.",
            HttpRequestException =>
                $"The server at {server} did not answer like a Kubernetes API server (the HTTP exchange failed). Check the server address.",
            JsonException =>
                $"The server at {server} answered with something that is not a Kubernetes API response. Check the server address.",
            TaskCanceledException or OperationCanceledException or TimeoutException =>
                $"The cluster at {server} did not answer in time. Check the server address and that the dashboard's host can reach it.",
            _ => $"Talking to {server} failed. Check the server address and that the dashboard's host can reach it.",
        };

    /// <summary>
    /// The <c>message</c> of the Kubernetes Status body, else the reason phrase: for the person who made a change
    /// (a 422 for a bad object says which field), never for what is stored or shown to viewers.
    /// </summary>
    public static string StatusMessage(HttpOperationException error)
    {
        var content = error.Response?.Content;
        if (!string.IsNullOrEmpty(content))
        {
            try
            {
                using var document = JsonDocument.Parse(content);
                if (document.RootElement.TryGetProperty("message", out var message) && message.GetString() is { Length: > 0 } text)
                    return text;
            }
            catch (JsonException)
            {
                // Not a Status body (a proxy's HTML page, say): fall back to the reason phrase.
            }
        }
        return error.Response?.ReasonPhrase ?? error.Message;
    }

    /// <summary>The exception or one of its inner exceptions of that type (the connect step's refusal arrives wrapped).</summary>
    public static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is T found)
                return found;
        }
        return null;
    }

    /// <summary>Our name for a status code (" Service Unavailable"), not the reason phrase the server sent.</summary>
    private static string StatusName(HttpStatusCode code) =>
        Enum.IsDefined(code) ? " " + System.Text.RegularExpressions.Regex.Replace(code.ToString(), "(?<=[a-z])(?=[A-Z])", " ") : "";
}
