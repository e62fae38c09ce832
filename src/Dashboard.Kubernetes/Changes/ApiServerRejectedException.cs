namespace Dashboard.Kubernetes.Changes;

/// <summary>
/// The API server refused a change (403, 404, 409, 422…). <see cref="StatusCode"/> is its HTTP status, so the web
/// layer can answer with the same one; the message is the server's own Status message, with what was done before.
/// </summary>
public sealed class ApiServerRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
