using Dashboard.Core.Security;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Kubernetes.Tests.Changes;
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
}
