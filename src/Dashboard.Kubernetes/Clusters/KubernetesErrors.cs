using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using k8s.Autorest;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>Turns what KubernetesClient throws into a sentence a person can act on.</summary>
public static class KubernetesErrors
{
    public static string Describe(Exception error, string server) => error switch
    {
        HttpOperationException { Response.StatusCode: HttpStatusCode.Unauthorized } =>
            $"The cluster at {server} refused the credentials (401 Unauthorized). The token or certificate may have expired; export a fresh kubeconfig.",
        HttpOperationException { Response.StatusCode: HttpStatusCode.Forbidden } http =>
            $"The credentials are valid but not allowed to do this (403 Forbidden): {StatusMessage(http)}. Give the user read access to nodes, namespaces and ingress classes.",
        HttpOperationException http =>
            $"The cluster at {server} answered {(int)http.Response.StatusCode} {http.Response.StatusCode}: {StatusMessage(http)}",
        HttpRequestException { InnerException: SocketException socket } =>
            $"Could not reach {server}: {socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.TryAgain => "the host name does not resolve",
                SocketError.TimedOut => "the connection timed out",
                _ => socket.Message,
            }}. Check the server address and that the dashboard's host can reach it.",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } or HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException } =>
            $"The TLS handshake with {server} failed: the server closed the connection or its certificate is not trusted by the kubeconfig's certificate-authority-data. Check the address and the CA.",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } =>
            $"Could not reach {server}: the connection failed. Check the server address and that the dashboard's host can reach it.",
        HttpRequestException http => $"Could not reach {server}: {http.Message}",
        TaskCanceledException or OperationCanceledException or TimeoutException =>
            $"The cluster at {server} did not answer in time. Check the server address and that the dashboard's host can reach it.",
        _ => $"Talking to {server} failed: {error.Message}",
    };

    /// <summary>The <c>message</c> of the Kubernetes Status body, else the reason phrase.</summary>
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
}
