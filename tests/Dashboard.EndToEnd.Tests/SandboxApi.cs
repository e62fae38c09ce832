using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Shared;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Setting the stage through the app's own API before the browser takes over, and kubectl to check what it did.</summary>
internal static class SandboxApi
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The id of the cluster registered for a sandbox profile.</summary>
    public static async Task<Guid> ClusterIdAsync(HttpClient admin, string profile)
    {
        using var clusters = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/clusters", Cancel));
        return clusters.RootElement.EnumerateArray()
            .Single(c => c.TryGetProperty("sandboxProfile", out var p) && p.GetString() == profile)
            .GetProperty("id").GetGuid();
    }

    /// <summary>A ClusterIP Service on port 80 in <c>default</c>, then waits for the cache to list it (the wizard's pickers read the cache).</summary>
    public static async Task CreateServiceAsync(HttpClient admin, string profile, string name)
    {
        var id = await ClusterIdAsync(admin, profile);
        var body = new
        {
            @namespace = "default",
            name,
            type = "ClusterIP",
            ports = new[] { new { port = 80, protocol = "TCP", targetPort = "8080" } },
            selector = new[] { new { key = "app", value = name } },
        };
        var response = await admin.PostAsJsonAsync($"/api/v1/clusters/{id}/services", body, JsonSerializerOptions.Web, Cancel);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Cancel));
        for (var attempt = 0; !(await admin.GetStringAsync($"/api/v1/clusters/{id}/services?search={name}", Cancel)).Contains($"\"name\":\"{name}\"", StringComparison.Ordinal); attempt++)
        {
            attempt.ShouldBeLessThan(50, $"the Service {name} never showed up in the cache");
            await Task.Delay(200, Cancel);
        }
    }

    /// <summary>kubectl on the kubeconfig the app wrote for its sandbox of <paramref name="profile"/>; fails the test on a non-zero exit.</summary>
    public static async Task<string> KubectlAsync(string dataDirectory, string profile, params string[] args)
    {
        var kubectl = new KubectlCommand(Path.Combine(dataDirectory, "sandbox", $"{profile}.kubeconfig"), Path.Combine(dataDirectory, "kube-cache"));
        var result = await kubectl.RunAsync(null, Cancel, args);
        result.ExitCode.ShouldBe(0, result.Error);
        return result.Output.Trim();
    }
}
