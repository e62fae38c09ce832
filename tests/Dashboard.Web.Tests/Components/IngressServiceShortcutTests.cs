using Bunit;
using Dashboard.Core.Ingresses;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using k8s;

#pragma warning disable MUD0012 // tests read a step index and a select value only, never set them

namespace Dashboard.Web.Tests.Components;

/// <summary>"Create a Service for this" from an Ingress path: into the Service wizard and back, nothing entered lost.</summary>
public class IngressServiceShortcutTests : WizardTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<IngressWizard> RenderIngressWizard() => Ready(Render<IngressWizard>(p => p.Add(w => w.ClusterId, ClusterId)));

    private IRenderedComponent<ServiceWizard> RenderServiceWizard() => Ready(Render<ServiceWizard>(p => p.Add(w => w.ClusterId, ClusterId)));

    /// <summary>The support report (the cluster's name in the breadcrumbs) is loaded: the wizard is ready.</summary>
    private static IRenderedComponent<T> Ready<T>(IRenderedComponent<T> wizard)
        where T : ComponentBase
    {
        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain(ClusterName), Patience);
        return wizard;
    }

    /// <summary>The Service wizard from the What step to Create Service: a ClusterIP Service on port 80.</summary>
    private static void CreateService(IRenderedComponent<ServiceWizard> wizard, string name)
    {
        Next(wizard, 1);
        TextField(wizard, "Name").Find("input").Input(name);
        Next(wizard, 2);
        Next(wizard, 3);
        Next(wizard, 4);
        Button(wizard, "Create Service").Click();
    }

    [Fact]
    public async Task ACreatedServiceComesBackIntoTheIngressPathWithEverythingEnteredKept()
    {
        await StartAsync();
        var ingress = RenderIngressWizard();
        TextField(ingress, "Name").Find("input").Input("shop");
        Next(ingress, 1);
        Next(ingress, 2);
        ChooseRadio(ingress, HostChoice.Custom);
        ingress.WaitForAssertion(() => TextField(ingress, "Host").Find("input").Input("shop.example.com"), Patience);
        ingress.WaitForAssertion(() => Button(ingress, "Create a Service for this").Click(), Patience);

        Navigation.Uri.ShouldEndWith($"/clusters/{ClusterId}/services/new?namespace=default&returnTo=ingress");
        var service = RenderServiceWizard();
        service.Find("[data-testid=ingress-return]").TextContent.ShouldContain("For Ingress 'shop' (rule 1, path 1): after Create you go back to it");
        CreateService(service, "web");
        service.WaitForAssertion(() => Navigation.Uri.ShouldEndWith($"/clusters/{ClusterId}/ingresses/new?resume=true"), Patience);

        var back = RenderIngressWizard();
        ActiveStep(back).ShouldBe(2);
        TextField(back, "Host").Instance.Value.ShouldBe("shop.example.com");
        back.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Service").Instance.Value.ShouldBe("web");
        back.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Port").Instance.Value.ShouldBe("80");
        Next(back, 3);
        Next(back, 4);
        Next(back, 5);
        back.Find("[data-testid=review-yaml]").TextContent.ShouldContain("host: shop.example.com");
        Button(back, "Create Ingress").Click();
        back.WaitForAssertion(() => back.Markup.ShouldContain("Created. Opening it"), Patience);
        var created = await Client.NetworkingV1.ReadNamespacedIngressAsync("shop", "default", cancellationToken: Ct);
        created.Spec.Rules.ShouldHaveSingleItem().Http.Paths.ShouldHaveSingleItem().Backend.Service.Name.ShouldBe("web");
    }

    [Fact]
    public async Task WithoutReturnToIngressTheServiceWizardOpensTheNewServiceAndLeavesAParkedIngressAlone()
    {
        await StartAsync();
        var drafts = Services.GetRequiredService<IngressWizardParking>();
        drafts.Park(ClusterId, new ParkedIngress(new IngressDraft { Name = "shop" }, 2, false, 0, 0, $"clusters/{ClusterId}/ingresses/new?resume=true"));
        Navigation.NavigateTo($"clusters/{ClusterId}/services/new?returnTo=https://evil.example/");

        var service = RenderServiceWizard();
        service.FindAll("[data-testid=ingress-return]").ShouldBeEmpty();
        CreateService(service, "web");

        service.WaitForAssertion(() => Navigation.Uri.ShouldEndWith($"/clusters/{ClusterId}/namespaces/default/services/web"), Patience);
        drafts.Find(ClusterId).ShouldNotBeNull().ChosenService.ShouldBeNull();
    }

    [Fact]
    public async Task AParkedReturnAddressThatIsNotARelativePathIsNeverFollowed()
    {
        await StartAsync();
        Services.GetRequiredService<IngressWizardParking>().Park(ClusterId, new ParkedIngress(new IngressDraft { Name = "shop" }, 2, false, 0, 0, "//evil.example/phish"));
        Navigation.NavigateTo($"clusters/{ClusterId}/services/new?returnTo=ingress");

        var service = RenderServiceWizard();
        service.FindAll("[data-testid=ingress-return]").ShouldBeEmpty();
        CreateService(service, "web");

        service.WaitForAssertion(() => Navigation.Uri.ShouldEndWith($"/clusters/{ClusterId}/namespaces/default/services/web"), Patience);
    }
}
