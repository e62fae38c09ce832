using Bunit;
using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Support;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Web.Components.Ingresses;
using MudBlazor;
using k8s;
using k8s.Models;

#pragma warning disable MUD0012 // tests read a radio value only, never set it

namespace Dashboard.Web.Tests.Components;

/// <summary>The Ingress wizard over the real services and a sandbox cluster: the shared validator gates each Next.</summary>
public class IngressWizardTests : WizardTestContext
{
    private IRenderedComponent<IngressWizard> RenderWizard()
    {
        var wizard = Render<IngressWizard>(p => p.Add(w => w.ClusterId, ClusterId));
        // The support report (the cluster's name in the breadcrumbs) is loaded: the wizard is ready.
        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain(ClusterName), Patience);
        return wizard;
    }

    /// <summary>Named 'shop' in namespace 'default', past the Class step (the cluster's default) to the Rules step.</summary>
    private static void ToRulesStep(IRenderedComponent<IngressWizard> wizard)
    {
        TextField(wizard, "Name").Find("input").Input("shop");
        Next(wizard, 1);
        Next(wizard, 2);
    }

    private Task<V1Service> CreateServiceWebAsync() => Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
    {
        Metadata = new V1ObjectMeta { Name = "web" },
        Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, Protocol = "TCP" }], Selector = new Dictionary<string, string> { ["app"] = "web" } },
    }, "default", cancellationToken: Ct);

    [Fact]
    public async Task OnAnAksClusterTheFirstStepWarnsThatThereIsNoIngressController()
    {
        await StartAsync("aks");

        var wizard = RenderWizard();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-ingress-controller]").TextContent.ShouldContain("this cluster has no ingress controller"), Patience);
        ActiveStep(wizard).ShouldBe(0);
    }

    [Fact]
    public async Task OnAnRkeCustomClusterTheFirstStepHasNoIngressControllerWarning()
    {
        await StartAsync("rke-custom");

        var wizard = RenderWizard();

        TextField(wizard, "Name").ShouldNotBeNull();
        wizard.FindAll("[data-testid=no-ingress-controller]").ShouldBeEmpty();
    }

    private static bool IsChecked(IRenderedComponent<IngressWizard> wizard, HostChoice choice) =>
        wizard.FindComponents<MudRadio<HostChoice>>().Single(r => r.Instance.Value == choice).Find("input").HasAttribute("checked");

    [Fact]
    public async Task OnAnEksClusterTheFirstRuleStartsWithTheUsersOwnHostAndGenerateSaysWhyItCannotWork()
    {
        await StartAsync("eks");
        var wizard = RenderWizard();

        ToRulesStep(wizard);

        wizard.WaitForAssertion(() => IsChecked(wizard, HostChoice.Custom).ShouldBeTrue(), Patience);
        wizard.FindComponents<MudRadio<HostChoice>>().Single(r => r.Instance.Value == HostChoice.Generate).Find("input").HasAttribute("disabled").ShouldBeTrue();
        wizard.Find("[data-testid=generate-unavailable]").TextContent.ShouldContain("publish DNS names, not IPs (Amazon EKS), so no name can be generated");
    }

    [Fact]
    public async Task OnAnEksClusterTheCnameRecordNamesTheHostTheUserTyped()
    {
        await StartAsync("eks");
        var wizard = RenderWizard();
        ToRulesStep(wizard);

        wizard.WaitForAssertion(() => TextField(wizard, "Host").Find("input").Input("shop.example.com"), Patience);

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=cname-hint]").TextContent.ShouldContain("shop.example.com. CNAME <the load balancer's DNS name>"), Patience);
        wizard.Find("[data-testid=cname-hint]").TextContent.ShouldNotContain("your.domain");
    }

    [Fact]
    public async Task OnAnAksClusterTheMissingControllerIsSaidAboveTheStepsWithTheLoadBalancerServiceAsTheWayOut()
    {
        await StartAsync("aks");

        var wizard = RenderWizard();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-ingress-controller]").TextContent.ShouldContain("expose the app with a Service of type LoadBalancer"), Patience);
        wizard.Find("[data-testid=ingress-wizard]").QuerySelector("[data-testid=no-ingress-controller]").ShouldBeNull();
    }

    [Theory]
    [InlineData("eks", HostChoice.Custom)]
    [InlineData("aks", HostChoice.Custom)]
    [InlineData("gke", HostChoice.Generate)]
    [InlineData("metallb", HostChoice.Generate)]
    [InlineData("rke-custom", HostChoice.Generate)]
    [InlineData("rke-ec2", HostChoice.Generate)]
    [InlineData("rke-digitalocean", HostChoice.Generate)]
    [InlineData("rke-vsphere", HostChoice.Generate)]
    public async Task ANewRulesHostStartsAsTheClustersLoadBalancersAllow(string profile, HostChoice expected)
    {
        await StartAsync(profile);

        var report = await Services.GetRequiredService<ClusterSupportService>().GetAsync(ClusterId, Ct);

        IngressWizardHostDefault.For(report).ShouldBe(expected);
    }

    [Fact]
    public async Task OnAnRkeCustomClusterAGeneratedHostnameHasNoDnsOnlyWarning()
    {
        await StartAsync("rke-custom");
        var wizard = RenderWizard();

        ToRulesStep(wizard);

        wizard.WaitForAssertion(() => IsChecked(wizard, HostChoice.Generate).ShouldBeTrue(), Patience);
        wizard.FindAll("[data-testid=generate-dns-only]").ShouldBeEmpty();
        wizard.FindAll("[data-testid=generate-unavailable]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheClassStepListsNginxMarkedAsTheDefault()
    {
        await StartAsync();
        var wizard = RenderWizard();
        TextField(wizard, "Name").Find("input").Input("shop");

        Next(wizard, 1);

        wizard.WaitForAssertion(() => wizard.FindComponents<MudRadio<string>>().Select(r => r.Find("label").TextContent.Trim())
            .ShouldContain("nginx (default)"), Patience);
        wizard.Markup.ShouldContain("The cluster's default class (nginx)");
    }

    [Fact]
    public async Task APathWithoutALeadingSlashBlocksNextOnTheRulesStep()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ToRulesStep(wizard);

        TextField(wizard, "Path").Find("input").Input("shop");
        Next(wizard, 2);

        wizard.WaitForAssertion(() => TextField(wizard, "Path").Instance.ErrorText.ShouldNotBeNull().ShouldContain("Invalid value: \"shop\": must be an absolute path"), Patience);
        ActiveStep(wizard).ShouldBe(2);
    }

    [Fact]
    public async Task ACustomHostThatIsNotADnsNameIsRefusedOnTheRulesStep()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ToRulesStep(wizard);

        ChooseRadio(wizard, HostChoice.Custom);
        wizard.WaitForAssertion(() => TextField(wizard, "Host").Find("input").Input("shop_example"), Patience);
        Next(wizard, 2);

        wizard.WaitForAssertion(() => TextField(wizard, "Host").Instance.ErrorText.ShouldNotBeNull().ShouldContain("\"shop_example\""), Patience);
        ActiveStep(wizard).ShouldBe(2);
    }

    [Fact]
    public async Task TheReviewYamlOfACustomHostRoutedToAServiceNamesTheHost()
    {
        await StartAsync();
        await CreateServiceWebAsync();
        var wizard = RenderWizard();
        ToRulesStep(wizard);

        ChooseRadio(wizard, HostChoice.Custom);
        wizard.WaitForAssertion(() => TextField(wizard, "Host").Find("input").Input("shop.example.com"), Patience);
        // The wizard reloads the Services on every Next; wait until the watch cache has 'web'.
        var service = wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Service");
        await wizard.InvokeAsync(() => service.Instance.OpenMenu());
        Popovers.WaitForAssertion(() => Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "web").Click(), Patience);
        wizard.WaitForAssertion(() => wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Port").Instance.Value.ShouldBe("80"), Patience);
        Next(wizard, 3);
        Next(wizard, 4);
        Next(wizard, 5);

        var yaml = wizard.Find("[data-testid=review-yaml]").TextContent;
        yaml.ShouldContain("host: shop.example.com");
        yaml.ShouldContain("name: web");
        yaml.ShouldContain("number: 80");
    }

    /// <summary>The Rules step done (the generated host, '/' to the Service 'web'), on to the TLS step with one certificate entry.</summary>
    private async Task<IRenderedComponent<IngressWizard>> TlsStepWithOneCertificateAsync()
    {
        await CreateServiceWebAsync();
        var wizard = RenderWizard();
        ToRulesStep(wizard);
        var service = wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Service");
        await wizard.InvokeAsync(() => service.Instance.OpenMenu());
        Popovers.WaitForAssertion(() => Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "web").Click(), Patience);
        Next(wizard, 3);
        wizard.WaitForAssertion(() => Button(wizard, "Add certificate").Click(), Patience);
        wizard.WaitForAssertion(() => wizard.FindComponent<MudAutocomplete<string>>(), Patience);
        return wizard;
    }

    private Task<V1Secret> CreateSecretAsync(string name, string type, string key) => Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
    {
        Metadata = new V1ObjectMeta { Name = name },
        Type = type,
        StringData = new Dictionary<string, string> { ["tls.crt"] = "certificate", ["tls.key"] = key },
    }, "default", cancellationToken: Ct);

    [Fact]
    public async Task TheTlsStepOffersTheNamespacesTlsSecretsByNameAndNeverTheirKeys()
    {
        await StartAsync();
        var planted = $"planted-key-{Guid.NewGuid():N}";
        await CreateSecretAsync("shop-tls", "kubernetes.io/tls", planted);
        await CreateSecretAsync("db-password", "Opaque", planted);
        var wizard = await TlsStepWithOneCertificateAsync();
        // The names arrive from a live call: open the menu once they are there, as a person would see them.
        wizard.WaitForAssertion(() => wizard.FindComponent<TlsSecretPicker>().Instance.SecretNames.ShouldContain("shop-tls"), Patience);

        await wizard.InvokeAsync(() => wizard.FindComponent<MudAutocomplete<string>>().Instance.OpenMenuAsync());

        Popovers.WaitForAssertion(() => Popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ShouldBe(["shop-tls"]), Patience);
        wizard.Find("[data-testid=tls-ports]").TextContent.ShouldContain("HTTP and HTTPS only, ports 80 and 443");
        Popovers.FindAll(".mud-list-item").Single().Click();
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=tls-secret-note]").TextContent.ShouldContain("An existing kubernetes.io/tls secret of namespace default"), Patience);
        (wizard.Markup + Popovers.Markup).ShouldNotContain(planted);
    }

    [Fact]
    public async Task ATlsSecretThatDoesNotExistYetIsAcceptedWithTheNoteThatCertManagerMustCreateIt()
    {
        await StartAsync();
        var wizard = await TlsStepWithOneCertificateAsync();

        var input = wizard.FindComponent<MudAutocomplete<string>>().Find("input");
        input.Input("shop-example-com-tls");
        await wizard.InvokeAsync(() => wizard.FindComponent<MudAutocomplete<string>>().Instance.BlurAsync());

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=tls-secret-note]").TextContent
            .ShouldContain("There is no kubernetes.io/tls secret 'shop-example-com-tls' in namespace default yet: cert-manager (or you"), Patience);
        Next(wizard, 4);
        Next(wizard, 5);
        wizard.Find("[data-testid=review-yaml]").TextContent.ShouldContain("secretName: shop-example-com-tls");
    }
}
