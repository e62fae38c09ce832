using Dashboard.Kubernetes.Kubeconfigs;

namespace Dashboard.Kubernetes.Tests.Kubeconfigs;

/// <summary>One test per refused field and per bad input: each says what is wrong and what to do.</summary>
public class KubeconfigRefusalTests
{
    private static KubeconfigRejectedException Refusal(string yaml, string? context = "prod") =>
        Should.Throw<KubeconfigRejectedException>(() => KubeconfigSanitizer.Sanitize(yaml, context));

    [Fact]
    public void RegisteringAKubeconfigWithExecIsRefused()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token]"));

        refusal.Message.ShouldContain("'exec'");
        refusal.Message.ShouldContain("'aws'");
        refusal.Message.ShouldContain("token");
        refusal.Field.ShouldBe("users[prod-user].user.exec");
    }

    [Fact]
    public void AnAuthProviderWithCmdPathIsRefused()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("auth-provider:\n      name: gcp\n      config:\n        cmd-path: /usr/bin/gcloud"));

        refusal.Message.ShouldContain("auth-provider");
        refusal.Field.ShouldBe("users[prod-user].user.auth-provider");
    }

    [Fact]
    public void AnAuthProviderWithoutCmdPathIsRefusedToo()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("auth-provider:\n      name: oidc\n      config:\n        id-token: abc"));

        refusal.Field.ShouldBe("users[prod-user].user.auth-provider");
    }

    [Fact]
    public void AClientCertificateFileIsRefusedWithTheInlineFieldToUse()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("client-certificate: /etc/passwd\n    client-key-data: a2V5"));

        refusal.Message.ShouldContain("client-certificate-data");
        refusal.Field.ShouldBe("users[prod-user].user.client-certificate");
    }

    [Fact]
    public void AClientKeyFileIsRefused()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("client-certificate-data: Y2VydA==\n    client-key: /root/.ssh/id_rsa"));

        refusal.Message.ShouldContain("client-key-data");
        refusal.Field.ShouldBe("users[prod-user].user.client-key");
    }

    [Fact]
    public void ACertificateAuthorityFileIsRefused()
    {
        var refusal = Refusal(KubeconfigSamples.Valid(clusterBody: "server: https://203.0.113.10:6443\n    certificate-authority: /etc/kubernetes/ca.crt"));

        refusal.Message.ShouldContain("certificate-authority-data");
        refusal.Field.ShouldBe("clusters[prod-cluster].cluster.certificate-authority");
    }

    [Fact]
    public void ATokenFileIsRefusedEvenThoughKubernetesClientWouldIgnoreIt()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token"));

        refusal.Message.ShouldContain("'token'");
        refusal.Field.ShouldBe("users[prod-user].user.tokenFile");
    }

    [Fact]
    public void AUserWithoutCredentialsIsRefused()
    {
        var refusal = Refusal(KubeconfigSamples.Valid("username: admin"));

        refusal.Message.ShouldContain("has no credentials");
    }

    [Fact]
    public void TextThatIsNotYamlIsRefused()
    {
        var refusal = Refusal("clusters: [unclosed\n  - : :");

        refusal.Message.ShouldStartWith("This is not a kubeconfig");
    }

    [Fact]
    public void YamlThatIsNotAKubeconfigIsRefused()
    {
        var refusal = Refusal("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");

        refusal.Message.ShouldStartWith("This is not a kubeconfig");
    }

    [Fact]
    public void AKubeconfigWithoutContextsIsRefused()
    {
        var refusal = Should.Throw<KubeconfigRejectedException>(() => KubeconfigSanitizer.ListContexts(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: a\n  cluster:\n    server: https://203.0.113.1\n"));

        refusal.Message.ShouldContain("no contexts");
    }

    [Fact]
    public void AnUnknownContextIsRefusedNamingTheKnownOnes()
    {
        var refusal = Refusal(KubeconfigSamples.Valid(), "qa");

        refusal.Message.ShouldContain("no context named 'qa'");
        refusal.Message.ShouldContain("prod, staging");
    }

    [Fact]
    public void AContextThatNamesAMissingUserIsRefused()
    {
        var refusal = Refusal(KubeconfigSamples.Valid().Replace("user: prod-user", "user: ghost", StringComparison.Ordinal));

        refusal.Message.ShouldContain("user 'ghost'");
    }

    [Fact]
    public void AnOversizeKubeconfigIsRefused()
    {
        var huge = KubeconfigSamples.Valid() + "\n# " + new string('x', Dashboard.Core.Registration.KubeconfigLimits.MaxBytes);

        var refusal = Refusal(huge);

        refusal.Message.ShouldContain("larger than 1 MiB");
    }

    [Fact]
    public void AnEmptyKubeconfigIsRefused() =>
        Refusal("   ").Message.ShouldContain("empty");

    [Fact]
    public void AServerThatIsNotAUrlIsRefused() =>
        Refusal(KubeconfigSamples.Valid(clusterBody: "server: not a url")).Message.ShouldContain("no valid server address");

    [Fact]
    public void RefusalsNeverQuoteTheSecret()
    {
        var refusal = Refusal(KubeconfigSamples.Valid($"token: {KubeconfigSamples.Token}\n    tokenFile: /tmp/t"));

        refusal.Message.ShouldNotContain(KubeconfigSamples.Token);
    }
}
