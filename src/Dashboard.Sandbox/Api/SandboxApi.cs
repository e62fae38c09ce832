using System.Security.Cryptography;
using System.Text;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.OpenApi;
using Dashboard.Sandbox.Resources;
using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// The request pipeline in one place: the unreachable fault, health probes, <c>/version</c>,
/// bearer-token check, discovery, then the generic resource endpoint; every failure becomes a Status body.
/// </summary>
internal sealed class SandboxApi(ObjectStore store, ServedKinds served, string token, string kubernetesVersion, WatchCutoff watches)
{
    private readonly byte[] expectedAuthorization = Encoding.UTF8.GetBytes($"Bearer {token}");
    private readonly ResourceEndpoint resources = new(store, watches);
    private readonly OpenApiEndpoint openApi = new(new OpenApiDocuments(served, kubernetesVersion));
    private long requestCount;
    private long responseBytes;

    public long RequestCount => Interlocked.Read(ref requestCount);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> requestsPerGroup = new(StringComparer.Ordinal);

    /// <summary>Requests to one API group's paths (<c>/apis/&lt;group&gt;</c>, or <c>/api</c> for the core group): what a client asked of a kind.</summary>
    public long RequestsTo(string groupPath) => requestsPerGroup.GetValueOrDefault(groupPath);

    public long ResponseBytes => Interlocked.Read(ref responseBytes);

    /// <summary>host:port for the <c>/api</c> document; set once Kestrel has bound.</summary>
    public string ServerAddress { get; set; } = "127.0.0.1:0";

    /// <summary>Where the unreachable fault refuses connections (Kestrel connection middleware).</summary>
    public ConnectionGate Connections { get; } = new();

    /// <summary>While true every connection, and so every request, probes included, is dropped unanswered.</summary>
    public bool Unreachable
    {
        get => Connections.Refusing;
        set
        {
            Connections.Refusing = value;
            if (value)
            {
                watches.Cut();
            }
        }
    }

    private static string GroupPath(string path)
    {
        if (!path.StartsWith("/apis/", StringComparison.Ordinal))
            return path.StartsWith("/api/", StringComparison.Ordinal) || path == "/api" ? "/api" : path;
        var end = path.IndexOf('/', "/apis/".Length);
        return end < 0 ? path.TrimEnd('/') : path[..end];
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (Unreachable)
        {
            // A request that slipped in on a connection opened just as the fault began.
            context.Abort();
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path is "/healthz" or "/livez" or "/readyz")
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("ok", context.RequestAborted);
            return;
        }

        Interlocked.Increment(ref requestCount);
        requestsPerGroup.AddOrUpdate(GroupPath(path), 1, (_, count) => count + 1);
        context.Response.Body = new CountingStream(context.Response.Body, count => Interlocked.Add(ref responseBytes, count));
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
        finally
        {
            // A watch cut because the cluster went unreachable ends as a dropped connection, not a clean end of stream.
            if (Unreachable)
            {
                context.Abort();
            }
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

        if (HttpMethods.IsGet(context.Request.Method) && Discovery.Document(path, ServerAddress, served) is { } document)
        {
            return Responses.WriteJsonAsync(context, 200, document);
        }

        if (OpenApiEndpoint.Handles(path))
        {
            return openApi.HandleAsync(context, path);
        }

        return ResourceRoute.Parse(path, served) is { } route
            ? resources.HandleAsync(context, route)
            : throw ApiErrors.NoSuchResource();
    }

    /// <summary>The bearer token, always (compared in constant time).</summary>
    private bool IsAuthorized(HttpRequest request) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Headers.Authorization.ToString()), expectedAuthorization);
}
