using System.Text.Json.Nodes;
using Dashboard.Sandbox.Tests.Support;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>
/// The object a typed kubectl command makes through protobuf equals the one its JSON manifest makes
/// (`--dry-run=client -o json` is what a JSON typed client, kubectl 1.31, sends).
/// </summary>
public sealed class ProtobufJsonParityTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly HttpClient http = sandbox.CreateHttpClient();

    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Commands => new()
    {
        { "apis/apps/v1/namespaces/{0}/deployments/web", ["create", "deployment", "web", "--image=nginx", "--port=80", "--replicas=3"] },
        { "apis/apps/v1/namespaces/{0}/deployments/web", ["create", "deployment", "web", "--image=nginx", "--replicas=0"] },
        { "api/v1/namespaces/{0}/services/websvc", ["create", "service", "clusterip", "websvc", "--tcp=80:8080"] },
        { "api/v1/namespaces/{0}/services/websvc", ["create", "service", "nodeport", "websvc", "--tcp=80:8080"] },
        { "api/v1/namespaces/{0}/services/websvc", ["create", "service", "loadbalancer", "websvc", "--tcp=443:8443"] },
        { "apis/networking.k8s.io/v1/namespaces/{0}/ingresses/ing1", ["create", "ingress", "ing1", "--class=nginx", "--rule=foo.com/bar*=websvc:80,tls=my-cert", "--rule=bar.com/=svc2:http"] },
        { "api/v1/namespaces/{0}/secrets/s1", ["create", "secret", "generic", "s1", "--from-literal=k=v", "--from-literal=a=b"] },
        { "api/v1/namespaces/{0}/configmaps/c", ["create", "configmap", "c", "--from-literal=a=b"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task ATypedCreateStoresWhatItsJsonManifestStores(string path, string[] command)
    {
        var (viaProtobuf, viaJson) = (await sandbox.NewNamespaceAsync(Ct), await sandbox.NewNamespaceAsync(Ct));

        var typed = await Kubectl.RunAsync(Ct, [.. command, "-n", viaProtobuf]);
        var manifest = await Kubectl.RunAsync(Ct, [.. command, "-n", viaJson, "--dry-run=client", "-o", "json"]);
        var fromJson = await Kubectl.RunAsync(manifest.Output, Ct, "create", "-f", "-", "--validate=false", "-n", viaJson);

        typed.ExitCode.ShouldBe(0, typed.Error);
        fromJson.ExitCode.ShouldBe(0, fromJson.Error);
        var (a, b) = (await ComparableAsync(string.Format(path, viaProtobuf)), await ComparableAsync(string.Format(path, viaJson)));
        JsonNode.DeepEquals(a, b).ShouldBeTrue($"protobuf: {a.ToJsonString()}\njson:     {b.ToJsonString()}");
    }

    public void Dispose() => http.Dispose();

    /// <summary>The stored object without what the server assigns (name, uid, times, allocated IPs and ports).</summary>
    private async Task<JsonObject> ComparableAsync(string path)
    {
        var obj = JsonNode.Parse(await http.GetStringAsync(new Uri("/" + path, UriKind.Relative), Ct))!.AsObject();
        var labels = obj["metadata"]?["labels"]?.DeepClone();
        obj.Remove("metadata");
        obj.Remove("status");
        obj["labels"] = labels;
        if (obj["spec"] is JsonObject spec && spec.ContainsKey("clusterIP"))
        {
            spec.Remove("clusterIP");
            spec.Remove("clusterIPs");
            foreach (var port in spec["ports"]?.AsArray() ?? [])
            {
                port!.AsObject().Remove("nodePort");
            }
        }

        return obj;
    }
}
