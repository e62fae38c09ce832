using System.Net;
using System.Text.Json;
using k8s.Autorest;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>Runs a call expected to fail and returns the HTTP status and the Status body's fields.</summary>
public static class ApiError
{
    public static async Task<(HttpStatusCode Code, string Reason, string Message)> Of(Func<Task> call)
    {
        var failure = await Should.ThrowAsync<HttpOperationException>(call);
        using var status = JsonDocument.Parse(failure.Response.Content);
        status.RootElement.GetProperty("kind").GetString().ShouldBe("Status");
        return (failure.Response.StatusCode, status.RootElement.GetProperty("reason").GetString()!, status.RootElement.GetProperty("message").GetString()!);
    }
}
