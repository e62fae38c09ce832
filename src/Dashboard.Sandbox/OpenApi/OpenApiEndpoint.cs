using Dashboard.Sandbox.Api;
using Dashboard.Sandbox.Errors;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>
/// <c>/openapi/v3</c>, <c>/openapi/v3/&lt;group-version&gt;</c> and <c>/openapi/v2</c>, answered as kube-openapi's
/// handlers do: an ETag of the document's hash, 304 for a matching If-None-Match, a redirect for a stale
/// <c>?hash=</c>, and immutable caching when the hash is current.
/// </summary>
internal sealed class OpenApiEndpoint(OpenApiDocuments documents)
{
    /// <summary>The gnostic protobuf form of v2, which kubectl's client-side validation asks for.</summary>
    public const string ProtobufV2 = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";

    public static bool Handles(string path) => path == "/openapi" || path.StartsWith("/openapi/", StringComparison.Ordinal);

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            throw ApiErrors.NoSuchResource();
        }

        var trimmed = path.TrimEnd('/');
        if (trimmed == "/openapi/v3")
        {
            return WriteAsync(context, documents.Index);
        }

        if (trimmed == "/openapi/v2")
        {
            var accept = context.Request.Headers.Accept.ToString();
            if (accept.Contains("com.github.proto-openapi.spec.v2", StringComparison.Ordinal))
            {
                // Without the "@", which Go's mime parser (and so client-go) refuses in a response's Content-Type.
                return WriteAsync(context, documents.V2Protobuf, "application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
            }

            return AcceptsJson(accept)
                ? WriteAsync(context, documents.V2)
                : throw new ApiException(406, "NotAcceptable", $"only the following media types are accepted: application/json, {ProtobufV2}", []);
        }

        var key = trimmed.StartsWith("/openapi/v3/", StringComparison.Ordinal) ? trimmed["/openapi/v3/".Length..] : null;
        if (key is null || !documents.GroupVersions.TryGetValue(key, out var document))
        {
            throw ApiErrors.NoSuchResource();
        }

        if (context.Request.Query["hash"].ToString() is { Length: > 0 } hash)
        {
            if (hash != document.Hash)
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = OpenApiDocuments.RelativeUrl(key, document.Hash);
                return Task.CompletedTask;
            }

            context.Response.Headers.Vary = "Accept";
            context.Response.Headers.CacheControl = "public, immutable";
            context.Response.Headers.Expires = DateTimeOffset.UtcNow.AddYears(1).ToString("R");
        }

        return WriteAsync(context, document);
    }

    /// <summary>JSON unless the client asked only for something else.</summary>
    private static bool AcceptsJson(string accept)
    {
        if (accept.Length == 0)
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types)
            && types.Any(t => t.MediaType.Value is "application/json" or "*/*" or "application/*");
    }

    private static async Task WriteAsync(HttpContext context, OpenApiDocuments.Served document, string contentType = Responses.Json)
    {
        var etag = $"\"{document.Hash}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = document.Bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(document.Bytes, context.RequestAborted);
        }
    }
}
