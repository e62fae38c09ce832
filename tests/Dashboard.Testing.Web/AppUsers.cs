using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.SharedWeb;

/// <summary>Users and signed-in API clients of a test app, made through the app's own Identity and token endpoint.</summary>
public static class AppUsers
{
    public static async Task CreateUserAsync(this WebApplicationFactory<Program> app, string userName, string role, string password, bool mustChangePassword = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var result = await users.CreateAsync(
            new DashboardUser { UserName = userName, Role = role, MustChangePassword = mustChangePassword, CreatedAt = DateTimeOffset.UtcNow }, password);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, string userName, string password) =>
        await client.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password });

    public static async Task<string> TokenAsync(this HttpClient client, string userName, string password)
    {
        using var response = await client.RequestTokenAsync(userName, password);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>A client that sends the user's bearer token on every call.</summary>
    public static async Task<HttpClient> ClientForAsync(this WebApplicationFactory<Program> app, string userName, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.TokenAsync(userName, password));
        return client;
    }

    public static Task<HttpClient> AdminClientAsync(this WebApplicationFactory<Program> app) =>
        app.ClientForAsync("admin", DashboardAppFactory.AdminPassword);
}
