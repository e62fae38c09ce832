using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>The app's HTTP API as a script uses it: a token from the admin's password, then cluster registrations.</summary>
internal sealed class DashboardApi : IDisposable
{
    private readonly HttpClient http;

    private DashboardApi(HttpClient http) => this.http = http;

    public static async Task<DashboardApi> SignInAsync(Uri app, string userName, string password, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { username = userName, password }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"POST /api/v1/auth/token: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("token").GetString());
            return new DashboardApi(http);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Registers a cluster from its kubeconfig (the app connects and probes it first); returns its id.</summary>
    public async Task<Guid> RegisterAsync(string name, string kubeconfig, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/v1/clusters", new { name, kubeconfig }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST /api/v1/clusters ({name}): {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public void Dispose() => http.Dispose();
}
