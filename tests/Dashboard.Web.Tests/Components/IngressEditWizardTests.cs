using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Pages;
using MudBlazor;
using k8s;
using k8s.Models;

#pragma warning disable MUD0012 // tests read a radio value only, never set it

namespace Dashboard.Web.Tests.Components;

/// <summary>The Ingress wizard in edit mode over a sandbox cluster: prefilled from the live object, saved with an update.</summary>
public class IngressEditWizardTests : WizardTestContext
{
    /// <summary>The Service 'web' and the Ingress 'shop' (nginx, shop.example.com/ → web:80, one annotation), made with the test's own client.</summary>
    private async Task<V1Ingress> CreateShopAsync(V1IngressBackend? backend = null, string? serverSnippet = null)
    {
        var annotations = new Dictionary<string, string> { ["nginx.ingress.kubernetes.io/ssl-redirect"] = "false" };
        if (serverSnippet is not null)
            annotations["nginx.ingress.kubernetes.io/server-snippet"] = serverSnippet;
        await Client.CoreV1.CreateNamespacedServiceAsync(new V1Service
        {
            Metadata = new V1ObjectMeta { Name = "web" },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, Protocol = "TCP" }], Selector = new Dictionary<string, string> { ["app"] = "web" } },
        }, "default", cancellationToken: Ct);
        return await Client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta { Name = "shop", Annotations = annotations },
            Spec = new V1IngressSpec
            {
                IngressClassName = "nginx",
                Rules = [new V1IngressRule
                {
                    Host = "shop.example.com",
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths = [new V1HTTPIngressPath
                        {
                            Path = "/", PathType = "Prefix",
                            Backend = backend ?? new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "web", Port = new V1ServiceBackendPort { Number = 80 } } },
                        }],
                    },
                }],
            },
        }, "default", cancellationToken: Ct);
    }

    private IRenderedComponent<IngressWizard> RenderEditWizard(string name = "shop") =>
        Render<IngressWizard>(p => p.Add(w => w.ClusterId, ClusterId).Add(w => w.Namespace, "default").Add(w => w.Name, name));

    /// <summary>Waits until the live ingress is loaded into the Where step.</summary>
    private static void WaitForDraft(IRenderedComponent<IngressWizard> wizard) =>
        wizard.WaitForAssertion(() => TextField(wizard, "Name").Instance.Value.ShouldBe("shop"), Patience);

    [Fact]
    public async Task TheEditWizardIsPrefilledFromTheLiveIngressWithNamespaceAndNameFixed()
    {
        await StartAsync();
        await CreateShopAsync();

        var wizard = RenderEditWizard();

        WaitForDraft(wizard);
        TextField(wizard, "Name").Instance.Disabled.ShouldBeTrue();
        TextField(wizard, "Namespace").Instance.Value.ShouldBe("default");
        wizard.Find("h1").TextContent.ShouldBe("Edit Ingress shop");
        Next(wizard, 1);
        wizard.WaitForAssertion(() => wizard.FindComponents<MudRadio<string>>().Single(r => r.Instance.Value == "class:nginx")
            .Find("input").HasAttribute("checked").ShouldBeTrue(), Patience);
        Next(wizard, 2);
        TextField(wizard, "Host").Instance.Value.ShouldBe("shop.example.com");
        TextField(wizard, "Path").Instance.Value.ShouldBe("/");
        wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Service").Instance.Value.ShouldBe("web");
        wizard.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Port").Instance.Value.ShouldBe("80");
    }

    [Fact]
    public async Task SaveOnTheLastStepUpdatesTheLiveIngressInPlace()
    {
        await StartAsync();
        var created = await CreateShopAsync();
        var wizard = RenderEditWizard();
        WaitForDraft(wizard);
        Next(wizard, 1);
        Next(wizard, 2);

        TextField(wizard, "Host").Find("input").Input("store.example.com");
        Next(wizard, 3);
        Next(wizard, 4);
        Next(wizard, 5);

        // The review shows the object as the API server would store it, from a dry run of the update.
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=review-yaml]").TextContent.ShouldContain($"uid: {created.Metadata.Uid}"), Patience);
        wizard.Find("[data-testid=review-yaml]").TextContent.ShouldContain("host: store.example.com");
        wizard.FindAll("button").ShouldNotContain(b => b.TextContent.Trim() == "Complete");
        Button(wizard, "Save changes").Click();

        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain("Saved. Opening it"), Patience);
        var live = await Client.NetworkingV1.ReadNamespacedIngressAsync("shop", "default", cancellationToken: Ct);
        live.Metadata.Uid.ShouldBe(created.Metadata.Uid);
        live.Spec.Rules.ShouldHaveSingleItem().Host.ShouldBe("store.example.com");
        live.Metadata.Annotations["nginx.ingress.kubernetes.io/ssl-redirect"].ShouldBe("false");
    }

    [Fact]
    public async Task AnIngressThatAlreadyCarriesASnippetIsEditedAndSavedWithTheSnippetKept()
    {
        await StartAsync();
        await CreateShopAsync(serverSnippet: "location /metrics { deny all; }");
        var wizard = RenderEditWizard();
        WaitForDraft(wizard);
        Next(wizard, 1);
        Next(wizard, 2);

        TextField(wizard, "Host").Find("input").Input("store.example.com");
        Next(wizard, 3);
        Next(wizard, 4);
        Next(wizard, 5);
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=review-yaml]").TextContent.ShouldContain("host: store.example.com"), Patience);
        Button(wizard, "Save changes").Click();

        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain("Saved. Opening it"), Patience);
        var live = await Client.NetworkingV1.ReadNamespacedIngressAsync("shop", "default", cancellationToken: Ct);
        live.Spec.Rules.ShouldHaveSingleItem().Host.ShouldBe("store.example.com");
        live.Metadata.Annotations["nginx.ingress.kubernetes.io/server-snippet"].ShouldBe("location /metrics { deny all; }");
    }

    [Fact]
    public async Task AnIngressWithAResourceBackendIsNotOfferedForEditingAndNothingIsWritten()
    {
        await StartAsync();
        var created = await CreateShopAsync(new V1IngressBackend { Resource = new V1TypedLocalObjectReference { ApiGroup = "k8s.example.com", Kind = "StorageBucket", Name = "static" } });

        var wizard = RenderEditWizard();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=ingress-not-editable]").TextContent
            .ShouldContain("goes to a resource backend, not a Service. Edit its YAML with kubectl instead: kubectl edit ingress shop -n default"), Patience);
        wizard.FindAll("[data-testid=ingress-wizard]").ShouldBeEmpty();
        var live = await Client.NetworkingV1.ReadNamespacedIngressAsync("shop", "default", cancellationToken: Ct);
        live.Spec.Rules.ShouldHaveSingleItem().Http.Paths.ShouldHaveSingleItem().Backend.Resource.Name.ShouldBe("static");
        live.Metadata.Generation.ShouldBe(created.Metadata.Generation);
    }

    [Fact]
    public async Task AViewerIsToldTheirRoleMayNotEditInsteadOfGettingTheWizard()
    {
        await StartAsync(Roles.Viewer, "rke-custom", ClusterName);
        await CreateShopAsync();

        var wizard = RenderEditWizard();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=ingress-not-editable]").TextContent.ShouldContain("Your role may look at this Ingress but not change it"), Patience);
        wizard.FindAll("[data-testid=ingress-wizard]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheIngressPageOffersAnOperatorTheEditWizard()
    {
        await StartAsync();
        await CreateShopAsync();

        var page = Render<IngressPage>(p => p.Add(c => c.ClusterId, ClusterId).Add(c => c.Namespace, "default").Add(c => c.Name, "shop"));

        page.WaitForAssertion(() => page.FindAll("a").Single(a => a.TextContent.Trim() == "Edit")
            .GetAttribute("href").ShouldBe($"clusters/{ClusterId}/namespaces/default/ingresses/shop/edit"), Patience);
    }
}
