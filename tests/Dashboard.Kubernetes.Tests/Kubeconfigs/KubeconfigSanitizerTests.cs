using Dashboard.Kubernetes.Kubeconfigs;

namespace Dashboard.Kubernetes.Tests.Kubeconfigs;

public class KubeconfigSanitizerTests
{
    [Fact]
    public void AValidKubeconfigListsItsContextsWithTheCurrentOne()
    {
        var contexts = KubeconfigSanitizer.ListContexts(KubeconfigSamples.Valid());

        contexts.Names.ShouldBe(["prod", "staging"]);
        contexts.CurrentContext.ShouldBe("prod");
    }

    [Fact]
    public void SanitisingKeepsOnlyTheChosenContextItsClusterAndItsUser()
    {
        var sanitized = KubeconfigSanitizer.Sanitize(KubeconfigSamples.Valid(), "staging");

        sanitized.ContextName.ShouldBe("staging");
        sanitized.ServerUrl.ShouldBe("https://198.51.100.7:6443");
        sanitized.Yaml.ShouldContain("staging-token");
        sanitized.Yaml.ShouldNotContain(KubeconfigSamples.Token);
        sanitized.Yaml.ShouldNotContain("prod-cluster");
    }

    [Fact]
    public void WithoutAContextNameTheCurrentContextIsUsed()
    {
        var sanitized = KubeconfigSanitizer.Sanitize(KubeconfigSamples.Valid(), null);

        sanitized.ContextName.ShouldBe("prod");
        sanitized.Namespace.ShouldBe("web");
        sanitized.Yaml.ShouldContain(KubeconfigSamples.Token);
    }

    [Fact]
    public void ASanitisedKubeconfigLoadsInKubernetesClient()
    {
        var sanitized = KubeconfigSanitizer.Sanitize(KubeconfigSamples.Valid(), "prod");

        var config = k8s.KubernetesClientConfiguration.BuildConfigFromConfigObject(
            k8s.KubernetesYaml.Deserialize<k8s.KubeConfigModels.K8SConfiguration>(sanitized.Yaml), "prod");

        config.Host.ShouldBe("https://203.0.113.10:6443");
        config.AccessToken.ShouldBe(KubeconfigSamples.Token);
    }

    [Fact]
    public void ClientCertificateDataIsAcceptedAsCredentials()
    {
        var sanitized = KubeconfigSanitizer.Sanitize(
            KubeconfigSamples.Valid("client-certificate-data: Y2VydA==\n    client-key-data: a2V5"), "prod");

        sanitized.Yaml.ShouldContain("client-key-data: a2V5");
    }
}
