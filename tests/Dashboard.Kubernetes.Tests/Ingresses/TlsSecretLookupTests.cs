using Dashboard.Core.Security;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Kubernetes.Tests.Changes;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Ingresses;

public class TlsSecretLookupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Secret(string name, string type) => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: {name}
          namespace: default
        type: {type}
        stringData:
          tls.crt: certificate
          tls.key: key
        ---
        """ + "\n";

    [Fact]
    public async Task OnlyTheNamesOfTheNamespacesTlsSecretsAreListedInOrder()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        using var kubectl = await KubectlApply.ForAsync(lab.Sandbox);
        var lookup = lab.Services.GetRequiredService<TlsSecretLookup>();
        await kubectl.ApplyAsync(Secret("shop-tls", "kubernetes.io/tls") + Secret("api-tls", "kubernetes.io/tls") + Secret("db-password", "Opaque"));

        var names = await lookup.TlsSecretNamesAsync(lab.Id, "default", ChangeTestCluster.Viewer, Cancel);

        names.ShouldBe(["api-tls", "shop-tls"]);
    }

    [Fact]
    public async Task ThePickersListCarriesNoCertificatesOrKeys()
    {
        await using var lab = await ChangeTestCluster.StartAsync();
        var lookup = lab.Services.GetRequiredService<TlsSecretLookup>();
        var key = new string('k', KeyBytes);
        foreach (var name in new[] { "a-tls", "b-tls", "c-tls" })
        {
            await lab.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
            {
                Metadata = new V1ObjectMeta { Name = name },
                Type = TlsSecretLookup.TlsSecretType,
                StringData = new Dictionary<string, string> { ["tls.crt"] = "certificate", ["tls.key"] = key },
            }, "default", cancellationToken: Cancel);
        }

        var before = lab.Sandbox.ResponseBytes;
        var names = await lookup.TlsSecretNamesAsync(lab.Id, "default", ChangeTestCluster.Viewer, Cancel);
        var served = lab.Sandbox.ResponseBytes - before;

        names.ShouldBe(["a-tls", "b-tls", "c-tls"]);
        // Three keys of 64 KiB each would be over 256 KiB in base64; the names and metadata are a few KiB.
        served.ShouldBeLessThan(KeyBytes / 4);
    }

    private const int KeyBytes = 64 * 1024;
}
