using System.Security.Cryptography;
using System.Text;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Telemetry;

/// <summary>
/// In front of the scrape endpoint when <see cref="PrometheusScrapeOptions.Token"/> is set: the request must carry
/// <c>Authorization: Bearer &lt;token&gt;</c>. Compared in constant time (as hashes, so the length does not show
/// either); neither the expected nor the sent token is ever logged.
/// </summary>
internal sealed class ScrapeTokenCheck(RequestDelegate next, IOptions<TelemetryOptions> options)
{
    private readonly byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Prometheus.Token ?? ""));

    public async Task InvokeAsync(HttpContext context)
    {
        if (Sent(context.Request) is { } token && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), expected))
        {
            await next(context);
            return;
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Not authorized to scrape",
            "Send 'Authorization: Bearer <token>' with the token set in Dashboard:Telemetry:Prometheus:Token.");
    }

    private static string? Sent(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
