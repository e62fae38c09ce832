using System.Text.Json;

namespace Dashboard.Web.Security;

/// <summary>
/// Reads the typed user name of a POST to a <see cref="SignInEndpointAttribute"/> endpoint into a
/// <see cref="SignInAttempt"/> feature, because a rate limiter's partitioner cannot read a body itself (it is
/// synchronous). The body stays readable for the endpoint: a form is cached by ASP.NET, a JSON body is buffered.
/// </summary>
public sealed class SignInAttemptReader(RequestDelegate next)
{
    /// <summary>A token request is two short strings; a larger one is refused before anything reads it whole.</summary>
    public const int MaxJsonBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<SignInEndpointAttribute>() is not { } endpoint)
        {
            await next(context);
            return;
        }
        string? userName;
        try
        {
            userName = await ReadUserNameAsync(context.Request, endpoint.UserNameField);
        }
        catch (IOException) when (context.Request.HasJsonContentType())
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request too large",
                $"A sign-in request is a user name and a password; send at most {MaxJsonBytes / 1024} KiB of JSON.");
            return;
        }
        context.Features.Set(new SignInAttempt(SignInAttempt.Normalize(userName)));
        await next(context);
    }

    private static async Task<string?> ReadUserNameAsync(HttpRequest request, string field)
    {
        var aborted = request.HttpContext.RequestAborted;
        if (request.HasFormContentType)
            return (await request.ReadFormAsync(aborted))[field].ToString();
        if (!request.HasJsonContentType())
            return null;
        // The limit throws an IOException past it, also for a chunked body that names no length.
        request.EnableBuffering(bufferThreshold: MaxJsonBytes, bufferLimit: MaxJsonBytes);
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: aborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
                return null;
            foreach (var property in body.RootElement.EnumerateObject())
                if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                    return property.Value.GetString();
            return null;
        }
        catch (JsonException)
        {
            return null; // the endpoint answers a malformed body itself
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
