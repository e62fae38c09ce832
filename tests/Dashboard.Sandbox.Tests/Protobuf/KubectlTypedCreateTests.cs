using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Dashboard.Sandbox.Tests.Support;
using Dashboard.Tests.Shared;
using k8s;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>
/// kubectl 1.32's typed commands send protobuf (client-go PrefersProtobuf); each must succeed and store
/// what kubectl meant, read back with KubernetesClient.
/// </summary>
public sealed class KubectlTypedCreateTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    /// <summary>Made inside each test, so a missing kubectl skips the test rather than failing the class.</summary>
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateNamespaceSendsProtobufAndMakesTheNamespace()
    {
        var name = "pb-" + Guid.NewGuid().ToString("N")[..8];

        var result = await Kubectl.RunAsync(Ct, "create", "namespace", name, "-v=8");
        var created = await sandbox.Client.CoreV1.ReadNamespaceAsync(name, cancellationToken: Ct);

        result.Output.Trim().ShouldBe($"namespace/{name} created", result.Error);
        result.Error.ShouldContain("Content-Type: application/vnd.kubernetes.protobuf");
        created.Status.Phase.ShouldBe("Active");
    }

    [Fact]
    public async Task CreateDeploymentStoresReplicasSelectorTemplateAndPort()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Ct, "create", "deployment", "web", "--image=nginx", "--port=80", "--replicas=3", "-n", ns);
        var deployment = await sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("web", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("deployment.apps/web created", result.Error);
        deployment.Spec.Replicas.ShouldBe(3);
        deployment.Spec.Selector.MatchLabels.ShouldBe(new Dictionary<string, string> { ["app"] = "web" });
        deployment.Spec.Template.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["app"] = "web" });
        var container = deployment.Spec.Template.Spec.Containers.ShouldHaveSingleItem();
        (container.Name, container.Image).ShouldBe(("nginx", "nginx"));
        container.Ports.ShouldHaveSingleItem().ContainerPort.ShouldBe(80);
    }

    [Fact]
    public async Task CreateDeploymentWithZeroReplicasStoresZero()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Ct, "create", "deployment", "idle", "--image=nginx", "--replicas=0", "-n", ns);
        var deployment = await sandbox.Client.AppsV1.ReadNamespacedDeploymentAsync("idle", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("deployment.apps/idle created", result.Error);
        deployment.Spec.Replicas.ShouldBe(0);
    }

    [Theory]
    [InlineData("clusterip", "ClusterIP")]
    [InlineData("nodeport", "NodePort")]
    [InlineData("loadbalancer", "LoadBalancer")]
    public async Task CreateServiceStoresTheNamedPortAndANumericTargetPort(string command, string type)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Ct, "create", "service", command, "websvc", "--tcp=80:8080", "-n", ns);
        var service = await sandbox.Client.CoreV1.ReadNamespacedServiceAsync("websvc", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("service/websvc created", result.Error);
        service.Spec.Type.ShouldBe(type);
        service.Spec.Selector.ShouldBe(new Dictionary<string, string> { ["app"] = "websvc" });
        var port = service.Spec.Ports.ShouldHaveSingleItem();
        (port.Name, port.Protocol, port.Port).ShouldBe(("80-8080", "TCP", 80));
        port.TargetPort.Value.ShouldBe("8080");
        (port.NodePort is > 0).ShouldBe(type != "ClusterIP");
    }

    [Fact]
    public async Task CreateIngressStoresPathTypesPortsAndTls()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Ct, "create", "ingress", "ing1", "--class=nginx", "--rule=foo.com/bar*=websvc:80,tls=my-cert", "--rule=bar.com/=svc2:http", "-n", ns);
        var ingress = await sandbox.Client.NetworkingV1.ReadNamespacedIngressAsync("ing1", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("ingress.networking.k8s.io/ing1 created", result.Error);
        ingress.Spec.IngressClassName.ShouldBe("nginx");
        var tls = ingress.Spec.Tls.ShouldHaveSingleItem();
        (tls.Hosts.ShouldHaveSingleItem(), tls.SecretName).ShouldBe(("foo.com", "my-cert"));
        var paths = ingress.Spec.Rules.Select(r => (r.Host, Path: r.Http.Paths.ShouldHaveSingleItem())).ToList();
        paths.Select(p => (p.Host, p.Path.Path, p.Path.PathType, p.Path.Backend.Service.Name)).ShouldBe(
            [("foo.com", "/bar", "Prefix", "websvc"), ("bar.com", "/", "Exact", "svc2")]);
        paths[0].Path.Backend.Service.Port.Number.ShouldBe(80);
        paths[1].Path.Backend.Service.Port.Name.ShouldBe("http");
    }

    [Fact]
    public async Task CreateSecretGenericStoresTheDataAndDefaultsTheTypeToOpaque()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);

        var result = await Kubectl.RunAsync(Ct, "create", "secret", "generic", "s1", "--from-literal=k=v", "-n", ns);
        var secret = await sandbox.Client.CoreV1.ReadNamespacedSecretAsync("s1", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("secret/s1 created", result.Error);
        secret.Type.ShouldBe("Opaque");
        Encoding.UTF8.GetString(secret.Data["k"]).ShouldBe("v");
    }

    [Fact]
    public async Task CreateSecretTlsStoresTheCertificateAndKey()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        using var files = new TempDirectory("pb-tls");
        var (cert, key) = (Path.Combine(files.Path, "tls.crt"), Path.Combine(files.Path, "tls.key"));
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=foo.example.com", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllTextAsync(cert, certificate.ExportCertificatePem(), Ct);
            await File.WriteAllTextAsync(key, rsa.ExportPkcs8PrivateKeyPem(), Ct);
        }

        var result = await Kubectl.RunAsync(Ct, "create", "secret", "tls", "tls1", $"--cert={cert}", $"--key={key}", "-n", ns);
        var secret = await sandbox.Client.CoreV1.ReadNamespacedSecretAsync("tls1", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("secret/tls1 created", result.Error);
        secret.Type.ShouldBe("kubernetes.io/tls");
        secret.Data["tls.crt"].ShouldBe(await File.ReadAllBytesAsync(cert, Ct));
        secret.Data["tls.key"].ShouldBe(await File.ReadAllBytesAsync(key, Ct));
    }

    [Fact]
    public async Task CreateConfigMapStoresLiteralsTextFilesAndBinaryFiles()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        using var files = new TempDirectory("pb-cm");
        var (text, binary) = (Path.Combine(files.Path, "greeting.txt"), Path.Combine(files.Path, "blob.bin"));
        await File.WriteAllTextAsync(text, "hello\n", Ct);
        await File.WriteAllBytesAsync(binary, [0x00, 0x01, 0xff], Ct);

        var result = await Kubectl.RunAsync(Ct, "create", "configmap", "c", "--from-literal=a=b", $"--from-file={text}", $"--from-file={binary}", "-n", ns);
        var configMap = await sandbox.Client.CoreV1.ReadNamespacedConfigMapAsync("c", ns, cancellationToken: Ct);

        result.Output.Trim().ShouldBe("configmap/c created", result.Error);
        configMap.Data.ShouldBe(new Dictionary<string, string> { ["a"] = "b", ["greeting.txt"] = "hello\n" });
        configMap.BinaryData["blob.bin"].ShouldBe([0x00, 0x01, 0xff]);
    }
}
