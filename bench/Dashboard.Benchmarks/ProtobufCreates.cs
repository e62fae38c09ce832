using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Sandbox;
using Google.Protobuf;

namespace Dashboard.Benchmarks;

/// <summary>
/// Creating ConfigMaps with protobuf bodies (kubectl 1.32's typed commands) against JSON bodies, on one
/// sandbox over HTTPS loopback: raw HTTP first, then the real kubectl (`create configmap` against
/// `create -f` of the same object as JSON). Run: dotnet run -c Release --project bench/Dashboard.Benchmarks -- protobuf 1000 200
/// </summary>
internal static class ProtobufCreates
{
    private const string ProtobufType = "application/vnd.kubernetes.protobuf";

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var kubectlCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Math.Min(count, 200);
        await using var sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Port = 0 });
        Console.WriteLine($"Protobuf against JSON request bodies: {count} ConfigMap creates each over HTTPS loopback, {kubectlCount} each with kubectl");

        using var http = new HttpClient(sandbox.CreateHttpHandler()) { BaseAddress = sandbox.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(sandbox));
        await CreateNamespaceAsync(http, "bench-pb");
        await CreateNamespaceAsync(http, "bench-json");
        // Warm both paths (JIT, TLS, descriptors) before measuring.
        for (var i = 0; i < 20; i++)
        {
            await PostAsync(http, "bench-pb", $"warm-{i}", ProtobufBody($"warm-{i}"), ProtobufType);
            await PostAsync(http, "bench-json", $"warm-{i}", JsonBody($"warm-{i}"), "application/json");
        }

        Report("HTTP, protobuf", await TimeAsync(count, i => PostAsync(http, "bench-pb", $"cm-{i}", ProtobufBody($"cm-{i}"), ProtobufType)));
        Report("HTTP, JSON    ", await TimeAsync(count, i => PostAsync(http, "bench-json", $"cm-{i}", JsonBody($"cm-{i}"), "application/json")));

        var kubeconfig = Path.Combine(Path.GetTempPath(), $"bench-protobuf-{Guid.NewGuid():N}");
        await sandbox.WriteKubeconfigAsync(kubeconfig, "bench");
        try
        {
            await CreateNamespaceAsync(http, "bench-kubectl-pb");
            await CreateNamespaceAsync(http, "bench-kubectl-json");
            await RunKubectlAsync(kubeconfig, null, "get", "namespaces"); // discovery into the cache first
            Report("kubectl create configmap (protobuf)", await TimeAsync(kubectlCount, i =>
                RunKubectlAsync(kubeconfig, null, "create", "configmap", $"cm-{i}", "--from-literal=k=v", "-n", "bench-kubectl-pb")));
            Report("kubectl create -f (JSON)           ", await TimeAsync(kubectlCount, i =>
                RunKubectlAsync(kubeconfig, Encoding.UTF8.GetString(JsonBody($"cm-{i}")), "create", "-f", "-", "--validate=false", "-n", "bench-kubectl-json")));
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }

    /// <summary>What kubectl sends for `create configmap cm-i --from-literal=k=v`: gogo writes every non-pointer field, empty ones too.</summary>
    private static byte[] ProtobufBody(string name)
    {
        var meta = Message(w =>
        {
            w.WriteTag(1, WireFormat.WireType.LengthDelimited);
            w.WriteString(name);
            for (var empty = 2; empty <= 6; empty++) // generateName, namespace, selfLink, uid, resourceVersion
            {
                w.WriteTag(empty, WireFormat.WireType.LengthDelimited);
                w.WriteString(string.Empty);
            }

            w.WriteTag(7, WireFormat.WireType.Varint);
            w.WriteInt64(0);
            w.WriteTag(8, WireFormat.WireType.LengthDelimited);
            w.WriteLength(0);
        });
        var entry = Message(w =>
        {
            w.WriteTag(1, WireFormat.WireType.LengthDelimited);
            w.WriteString("k");
            w.WriteTag(2, WireFormat.WireType.LengthDelimited);
            w.WriteString("v");
        });
        var configMap = Message(w =>
        {
            w.WriteTag(1, WireFormat.WireType.LengthDelimited);
            w.WriteBytes(ByteString.CopyFrom(meta));
            w.WriteTag(2, WireFormat.WireType.LengthDelimited);
            w.WriteBytes(ByteString.CopyFrom(entry));
        });
        var typeMeta = Message(w =>
        {
            w.WriteTag(1, WireFormat.WireType.LengthDelimited);
            w.WriteString("v1");
            w.WriteTag(2, WireFormat.WireType.LengthDelimited);
            w.WriteString("ConfigMap");
        });
        var unknown = Message(w =>
        {
            w.WriteTag(1, WireFormat.WireType.LengthDelimited);
            w.WriteBytes(ByteString.CopyFrom(typeMeta));
            w.WriteTag(2, WireFormat.WireType.LengthDelimited);
            w.WriteBytes(ByteString.CopyFrom(configMap));
            w.WriteTag(3, WireFormat.WireType.LengthDelimited);
            w.WriteString(string.Empty);
            w.WriteTag(4, WireFormat.WireType.LengthDelimited);
            w.WriteString(string.Empty);
        });
        return [.. "k8s\0"u8, .. unknown];
    }

    /// <summary>The same object as a JSON typed client (kubectl 1.31) sends it.</summary>
    private static byte[] JsonBody(string name) =>
        Encoding.UTF8.GetBytes($$$"""{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"{{{name}}}","creationTimestamp":null},"data":{"k":"v"}}""");

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        write(output);
        output.Flush();
        return buffer.ToArray();
    }

    private static async Task PostAsync(HttpClient http, string ns, string name, byte[] body, string mediaType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await http.PostAsync(new Uri($"/api/v1/namespaces/{ns}/configmaps?fieldManager=kubectl-create&fieldValidation=Strict", UriKind.Relative), content);
        if ((int)response.StatusCode != 201)
            throw new InvalidOperationException($"creating {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task CreateNamespaceAsync(HttpClient http, string name)
    {
        using var content = new StringContent($$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/v1/namespaces", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }

    private static async Task RunKubectlAsync(string kubeconfig, string? input, params string[] args)
    {
        var info = new ProcessStartInfo("kubectl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args.Concat(["--kubeconfig", kubeconfig, "--cache-dir", kubeconfig + "-cache"]))
            info.ArgumentList.Add(arg);
        info.Environment.Remove("KUBECONFIG");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("kubectl did not start");
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"kubectl {string.Join(' ', args)}: {await error}");
    }

    private static async Task<List<double>> TimeAsync(int count, Func<int, Task> create)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await create(i);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    private static void Report(string label, List<double> times)
    {
        var sorted = times.Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"{label}: median {Percentile(0.5):0.00} ms, p95 {Percentile(0.95):0.00} ms per create, total {times.Sum() / 1000:0.00} s for {times.Count}");
    }

    internal static string Token(SandboxCluster sandbox) =>
        sandbox.KubeconfigYaml("x").Split('\n').Single(line => line.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split('"')[1];
}
