using System.Text.Json.Nodes;
using Dashboard.Sandbox.Tests.Support;
using Dashboard.Tests.Shared;

namespace Dashboard.Sandbox.Tests.GatewayApi;

/// <summary>kubectl steps the Gateway API tests share: apply a manifest, and read an object until its status says what is awaited.</summary>
internal sealed class GatewayKubectl(KubectlRunner kubectl, string ns)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string Namespace => ns;

    public KubectlRunner Runner => kubectl;

    public async Task ApplyAsync(string manifest, string? inNamespace = null)
    {
        var result = await kubectl.RunAsync(manifest, Ct, "apply", "-f", "-", "-n", inNamespace ?? ns);
        result.ExitCode.ShouldBe(0, result.Error);
    }

    /// <summary>The object as kubectl prints it, once <paramref name="done"/> holds (or as it is after 5 s, for the assertion to show).</summary>
    public Task<JsonObject> ReadUntilAsync(string resource, string name, Func<JsonObject, bool> done, string? inNamespace = null) =>
        Eventually.ReturnsAsync(async () =>
        {
            var args = inNamespace == string.Empty
                ? new[] { "get", resource, name, "-o", "json" }
                : ["get", resource, name, "-n", inNamespace ?? ns, "-o", "json"];
            var result = await kubectl.RunAsync(Ct, args);
            return result.ExitCode == 0 ? JsonNode.Parse(result.Output)!.AsObject() : [];
        }, done, Ct);

    public static JsonObject? Condition(JsonNode? owner, string type) =>
        owner?["conditions"]?.AsArray().OfType<JsonObject>().FirstOrDefault(c => (string?)c["type"] == type);

    public static string? Reason(JsonNode? owner, string type) => (string?)Condition(owner, type)?["reason"];

    /// <summary>The route's <c>status.parents</c> entry for its first parentRef.</summary>
    public static JsonNode? FirstParent(JsonObject route) => route["status"]?["parents"]?[0];

    public static string Gateway(string name, string className, string listeners) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: {name}
        spec:
          gatewayClassName: {className}
          listeners:
        {listeners}
        """;

    public const string HttpListener = """
            - name: http
              port: 80
              protocol: HTTP
        """;

    public static string HttpRoute(string name, string parentRefs, string hostnames = "[]", string backends = "") => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: {name}
        spec:
          parentRefs:
        {parentRefs}
          hostnames: {hostnames}
          rules:
          - backendRefs: {(backends.Length == 0 ? "[]" : "\n" + backends)}
        """;

    public static string Service(string name, int port) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
        spec:
          selector:
            app: {name}
          ports:
          - port: {port}
        """;
}
