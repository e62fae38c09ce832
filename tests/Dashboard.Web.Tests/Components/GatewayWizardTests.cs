using Bunit;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Resources;
using Dashboard.Tests.Shared;
using Dashboard.Web.Components.Gateways;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using k8s;

#pragma warning disable MUD0012 // tests read a radio value only, never set it

namespace Dashboard.Web.Tests.Components;

/// <summary>The Gateway wizard over the real services and a sandbox cluster: what it says first, its defaults per platform, its inline errors.</summary>
public class GatewayWizardTests : WizardTestContext
{
    private const string Group = "gateway.networking.k8s.io";

    private IRenderedComponent<GatewayWizard> RenderWizard()
    {
        var wizard = Render<GatewayWizard>(p => p.Add(w => w.ClusterId, ClusterId));
        // The support report (the cluster's name in the breadcrumbs) is loaded: the wizard is ready.
        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain(ClusterName), Patience);
        return wizard;
    }

    /// <summary>The wizard with its steps shown (everything it reads is loaded).</summary>
    private IRenderedComponent<GatewayWizard> RenderSteps()
    {
        var wizard = RenderWizard();
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=gateway-wizard]"), Patience);
        return wizard;
    }

    /// <summary>A GatewayClass of a controller this cluster does not run, so nobody answers for it.</summary>
    private async Task CreateClassAsync(string name, string controller)
    {
        await Client.CustomObjects.CreateClusterCustomObjectAsync(new Dictionary<string, object>
        {
            ["apiVersion"] = $"{Group}/v1",
            ["kind"] = "GatewayClass",
            ["metadata"] = new Dictionary<string, object> { ["name"] = name },
            ["spec"] = new Dictionary<string, object> { ["controllerName"] = controller },
        }, Group, "v1", "gatewayclasses", cancellationToken: Ct);
        await WaitForClassAsync(name);
    }

    /// <summary>Until the caches know the class (the profile's own, or one the test made).</summary>
    private async Task WaitForClassAsync(string name)
    {
        var resources = Services.GetRequiredService<IClusterResources>();
        (await Eventually.ReturnsAsync(() => resources.FactsAsync(ClusterId, Ct), f => f.GatewayClasses.Any(c => c.Name == name), Ct, 10_000))
            .GatewayClasses.ShouldContain(c => c.Name == name);
    }

    private static string Normalized(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public async Task OnAClusterWithoutGatewayApiTheWizardSaysSoFirstWithWhatToInstallAndOffersNoStepsAndNoCreate()
    {
        await StartAsync("rke-custom");

        var wizard = RenderWizard();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-gateway-api]").TextContent
            .ShouldContain("A Gateway cannot be created here yet: this cluster does not serve Gateway API"), Patience);
        wizard.Find("[data-testid=no-gateway-api]").TextContent.ShouldContain("ships no Gateway API controller: install the CRDs (standard channel) and one, such as Envoy Gateway");
        wizard.FindAll("[data-testid=gateway-wizard]").ShouldBeEmpty();
        wizard.FindAll("button").Where(b => b.TextContent.Contains("Create", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OnK3sWhereTraefiksGatewayProviderIsOffTheWizardSaysSoFirstWithTheHelmChartConfigAndOffersNoSteps()
    {
        await StartAsync("k3s");

        var wizard = RenderWizard();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-gateway-api]").TextContent
            .ShouldContain("this cluster has no GatewayClass, so no controller would serve it"), Patience);
        wizard.Find("[data-testid=no-gateway-api]").TextContent.ShouldContain("HelmChartConfig named traefik in kube-system");
        wizard.FindAll("[data-testid=gateway-wizard]").ShouldBeEmpty();
        wizard.FindAll("button").Where(b => b.TextContent.Contains("Create", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AViewerOpeningTheGatewayWizardReadsThatCreatingNeedsTheOperatorOrAdminRoleAndSeesNoStep()
    {
        await StartAsync(Roles.Viewer, "gke", ClusterName);

        var wizard = Render<GatewayWizard>(p => p.Add(w => w.ClusterId, ClusterId));

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=no-access]").TextContent.ShouldContain("it needs one of the roles operator, admin"), Patience);
        wizard.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task AClassNoControllerAnsweredForIsOfferedWithAWarningWhenChosen()
    {
        await StartAsync("gke");
        await CreateClassAsync("eg", "gateway.envoyproxy.io/gatewayclass-controller");
        var wizard = RenderSteps();
        TextField(wizard, "Name").Find("input").Input("web");
        Next(wizard, 1);

        Normalized(wizard.Find("[data-testid=gateway-class]").TextContent).ShouldContain("eg — gateway.envoyproxy.io/gatewayclass-controller, no answer yet");
        wizard.FindAll("[data-testid=class-not-accepted]").ShouldBeEmpty();
        ChooseRadio(wizard, "eg");

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=class-not-accepted]").TextContent
            .ShouldContain("has not answered for class eg yet"), Patience);
    }

    [Fact]
    public async Task AListenerHostnameThatIsNotADnsNameIsRefusedOnTheListenersStep()
    {
        await StartAsync("gke");
        await WaitForClassAsync("gke-l7-rilb");
        var wizard = RenderSteps();
        TextField(wizard, "Name").Find("input").Input("web");
        Next(wizard, 1);
        ChooseRadio(wizard, "gke-l7-rilb");
        Next(wizard, 2);

        wizard.WaitForAssertion(() => TextField(wizard, "Hostname (optional)").Find("input").Input("shop_example"), Patience);
        Next(wizard, 2);

        wizard.WaitForAssertion(() => TextField(wizard, "Hostname (optional)").Instance.ErrorText.ShouldNotBeNull().ShouldContain("shop_example"), Patience);
        ActiveStep(wizard).ShouldBe(2);
    }

    [Fact]
    public async Task OnEksAnHttpsListenerSaysTheAlbTakesItsCertificateFromAcmNotFromTheSecret()
    {
        await StartAsync("eks");
        await WaitForClassAsync("alb");
        var wizard = RenderSteps();
        TextField(wizard, "Name").Find("input").Input("web");
        Next(wizard, 1);
        ChooseRadio(wizard, "alb");
        Next(wizard, 2);

        wizard.FindAll("[data-testid=https-platform-note]").ShouldBeEmpty();
        Button(wizard, "Add listener").Click();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=https-platform-note]").TextContent
            .ShouldContain("certificates from AWS Certificate Manager (ACM)"), Patience);
        wizard.FindComponents<MudNumericField<int>>().Select(f => f.Instance.Value).ShouldBe([80, 443]);
    }
}
