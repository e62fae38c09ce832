using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests;

/// <summary>The watch stream on the wire: one JSON event per line, timeouts, Table events.</summary>
public sealed class WatchWireTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly HttpClient http = new(sandbox.Cluster.CreateHttpHandler()) { BaseAddress = sandbox.Cluster.Url };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWatchEndsByItselfAfterTimeoutSeconds()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var clock = Stopwatch.StartNew();

        var lines = await ReadWatchAsync($"/api/v1/namespaces/{ns}/services?watch=true&timeoutSeconds=1", "application/json");

        lines.ShouldBeEmpty();
        clock.Elapsed.ShouldBeInRange(TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task EachEventIsOneJsonLineWithTypeAndObject()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var lines = await ReadWatchAsync($"/api/v1/namespaces/{ns}/services?watch=true&timeoutSeconds=1", "application/json");

        using var added = JsonDocument.Parse(lines.ShouldHaveSingleItem());
        added.RootElement.GetProperty("type").GetString().ShouldBe("ADDED");
        added.RootElement.GetProperty("object").GetProperty("kind").GetString().ShouldBe("Service");
    }

    [Fact]
    public async Task AWatchAskedForTablesSendsOneRowTables()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedServiceAsync(Objects.Service("web"), ns, cancellationToken: Ct);

        var lines = await ReadWatchAsync($"/api/v1/namespaces/{ns}/services?watch=true&timeoutSeconds=1", "application/json;as=Table;v=v1;g=meta.k8s.io");

        using var added = JsonDocument.Parse(lines.ShouldHaveSingleItem());
        var table = added.RootElement.GetProperty("object");
        table.GetProperty("kind").GetString().ShouldBe("Table");
        table.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("cells")[0].GetString().ShouldBe("web");
    }

    public void Dispose() => http.Dispose();

    private async Task<List<string>> ReadWatchAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        var lines = new List<string>();
        while (await reader.ReadLineAsync(Ct) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private string Token() =>
        KubernetesClientConfiguration.BuildConfigFromConfigFile(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sandbox.Cluster.KubeconfigYaml("x")))).AccessToken;
}
