using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Sandbox;
using k8s;
using k8s.KubeConfigModels;

namespace Dashboard.Tests.Serving;

/// <summary>
/// Plain HTTP on loopback in front of a sandbox, answering what RBAC would for one resource: 403 Forbidden with the
/// API server's Status body (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors.go), and
/// passing everything else through, watch streams included. The sandbox itself does not do RBAC.
/// </summary>
public sealed class RefusingProxy : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly HttpClient upstream;
    private readonly Uri target;
    private readonly string refused;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    private RefusingProxy(SandboxCluster sandbox, string refusedResource)
    {
        refused = refusedResource;
        upstream = new HttpClient(TrustingSandboxCa(sandbox)) { Timeout = Timeout.InfiniteTimeSpan };
        target = new Uri($"https://127.0.0.1:{sandbox.Port}");
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = ServeAsync();
    }

    public int Port { get; }

    /// <summary>Resources whose path segment is <paramref name="refusedResource"/> (e.g. "events") are refused.</summary>
    public static RefusingProxy Start(SandboxCluster sandbox, string refusedResource) => new(sandbox, refusedResource);

    /// <summary>The sandbox's kubeconfig, pointed at the proxy.</summary>
    public string Kubeconfig(SandboxCluster sandbox) =>
        sandbox.KubeconfigYaml("ctx").Replace($"\"https://127.0.0.1:{sandbox.Port}\"", $"\"http://127.0.0.1:{Port}\"", StringComparison.Ordinal);

    /// <summary>Trusts exactly the certificate authority the sandbox's kubeconfig carries.</summary>
    private static SocketsHttpHandler TrustingSandboxCa(SandboxCluster sandbox)
    {
        var model = KubernetesYaml.Deserialize<K8SConfiguration>(sandbox.KubeconfigYaml("ctx"));
        var authorities = KubernetesClientConfiguration.BuildConfigFromConfigObject(model, "ctx").SslCaCerts;
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            if (certificate is null)
                return false;
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
            using var presented = new X509Certificate2(certificate);
            return chain.Build(presented);
        };
        return handler;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            if (path.Split('/').Contains(refused, StringComparer.Ordinal))
            {
                await RefuseAsync(response);
                return;
            }
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), new Uri(target, context.Request.Url.PathAndQuery));
            if (context.Request.HasEntityBody)
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body, stopping.Token);
                request.Content = new ByteArrayContent(body.ToArray());
                if (context.Request.ContentType is { } type)
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
            foreach (var name in new[] { "Authorization", "Accept", "User-Agent" })
            {
                if (context.Request.Headers[name] is { } value)
                    request.Headers.TryAddWithoutValidation(name, value);
            }
            using var answer = await upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stopping.Token);
            response.StatusCode = (int)answer.StatusCode;
            if (answer.Content.Headers.ContentType is { } contentType)
                response.ContentType = contentType.ToString();
            response.SendChunked = true;
            await using var stream = await answer.Content.ReadAsStreamAsync(stopping.Token);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, stopping.Token)) > 0)
            {
                await response.OutputStream.WriteAsync(buffer.AsMemory(0, read), stopping.Token);
                await response.OutputStream.FlushAsync(stopping.Token);
            }
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the client sees the connection end, as when a server goes away.
        }
        catch (HttpListenerException)
        {
            // The client went away (a watch cancelled).
        }
        catch (IOException)
        {
            // Upstream or client stream ended mid-copy.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Already closed.
            }
        }
    }

    private async Task RefuseAsync(HttpListenerResponse response)
    {
        var status = $$"""
            {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{refused}} is forbidden: User \"dashboard\" cannot list resource \"{{refused}}\" in API group \"\" at the cluster scope","reason":"Forbidden","details":{"kind":"{{refused}}"},"code":403}
            """;
        var bytes = Encoding.UTF8.GetBytes(status);
        response.StatusCode = 403;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes, stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        try
        {
            await serving;
        }
        catch (ObjectDisposedException)
        {
            // The listener closed under the accept loop.
        }
        upstream.Dispose();
        stopping.Dispose();
    }
}
