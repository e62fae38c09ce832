using System.Security.Cryptography;
using System.Text;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// The request pipeline in one place: health probes, <c>/version</c>, bearer-token check,
/// discovery, then the generic resource endpoint; every failure becomes a Status body.
/// </summary>
internal sealed class SandboxApi(ObjectStore store, string token, string kubernetesVersion, CancellationToken stopping)
{
    private readonly byte[] expectedAuthorization = Encoding.UTF8.GetBytes($"Bearer {token}");
    private readonly ResourceEndpoint resources = new(store, stopping);
    private long requestCount;

    public long RequestCount => Interlocked.Read(ref requestCount);

    /// <summary>host:port for the <c>/api</c> document; set once Kestrel has bound.</summary>
    public string ServerAddress { get; set; } = "127.0.0.1:0";

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path is "/healthz" or "/livez" or "/readyz")
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("ok", context.RequestAborted);
            return;
        }

        Interlocked.Increment(ref requestCount);
        try
        {
            await RouteAsync(context, path);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await Responses.WriteStatusAsync(context, error);
        }
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
        {
            await Responses.WriteStatusAsync(context, ApiErrors.Internal(error.Message));
        }
    }

    private Task RouteAsync(HttpContext context, string path)
    {
        if (path.TrimEnd('/') == "/version") // KubernetesClient asks for /version/
        {
            return Responses.WriteJsonAsync(context, 200, VersionInfo.Document(kubernetesVersion));
        }

        if (!IsAuthorized(context.Request))
        {
            throw ApiErrors.Unauthorized();
        }

        if (HttpMethods.IsGet(context.Request.Method) && Discovery.Document(path, ServerAddress) is { } document)
        {
            return Responses.WriteJsonAsync(context, 200, document);
        }

        // /openapi/v2 and /openapi/v3 land here too: a 404 that kubectl tolerates with --validate=false.
        return ResourceRoute.Parse(path) is { } route
            ? resources.HandleAsync(context, route)
            : throw ApiErrors.NoSuchResource();
    }

    /// <summary>The bearer token, always (compared in constant time).</summary>
    private bool IsAuthorized(HttpRequest request) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Headers.Authorization.ToString()), expectedAuthorization);
}
