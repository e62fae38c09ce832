using System.Text;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>Secrets: stringData folding and the kubernetes.io/tls shape.</summary>
public sealed class SecretTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StringDataIsStoredAsBase64Data()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var secret = new V1Secret { Metadata = new V1ObjectMeta { Name = "creds" }, StringData = new Dictionary<string, string> { ["password"] = "s3cret" } };

        var created = await sandbox.Client.CoreV1.CreateNamespacedSecretAsync(secret, ns, cancellationToken: Ct);

        created.Type.ShouldBe("Opaque");
        created.StringData.ShouldBeNull();
        Encoding.UTF8.GetString(created.Data["password"]).ShouldBe("s3cret");
    }

    [Fact]
    public async Task ATlsSecretNeedsACertificateAndAKey()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        var secret = new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "tls" },
            Type = "kubernetes.io/tls",
            Data = new Dictionary<string, byte[]> { ["tls.crt"] = Encoding.UTF8.GetBytes("cert") },
        };

        var (_, reason, message) = await ApiError.Of(() => sandbox.Client.CoreV1.CreateNamespacedSecretAsync(secret, ns, cancellationToken: Ct));
        secret.Data["tls.key"] = Encoding.UTF8.GetBytes("key");
        var created = await sandbox.Client.CoreV1.CreateNamespacedSecretAsync(secret, ns, cancellationToken: Ct);

        reason.ShouldBe("Invalid");
        message.ShouldBe("Secret \"tls\" is invalid: data[tls.key]: Required value");
        created.Type.ShouldBe("kubernetes.io/tls");
    }
}
