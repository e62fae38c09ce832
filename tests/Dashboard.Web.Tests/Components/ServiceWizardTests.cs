using Bunit;
using Dashboard.Core.Services;
using Dashboard.Web.Components.Services;
using MudBlazor;
using k8s;
using k8s.Models;

#pragma warning disable MUD0012 // tests read a step index and a radio value only, never set them

namespace Dashboard.Web.Tests.Components;

/// <summary>The Service wizard over the real services and a sandbox cluster: the shared validator gates each Next.</summary>
public class ServiceWizardTests : WizardTestContext
{
    private IRenderedComponent<ServiceWizard> RenderWizard()
    {
        var wizard = Render<ServiceWizard>(p => p.Add(w => w.ClusterId, ClusterId));
        // The support report (the cluster's name in the breadcrumbs) is loaded: the wizard is ready.
        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain(ClusterName), Patience);
        return wizard;
    }

    /// <summary>From the Where step (namespace 'default') to the What step.</summary>
    private static void ToWhatStep(IRenderedComponent<ServiceWizard> wizard) => Next(wizard, 1);

    /// <summary>Named and typed on the What step, then on to the Ports step.</summary>
    private static void ToPortsStep(IRenderedComponent<ServiceWizard> wizard, string name, ServiceKind type)
    {
        ToWhatStep(wizard);
        TextField(wizard, "Name").Find("input").Input(name);
        if (type != ServiceKind.ClusterIP)
            ChooseRadio(wizard, type);
        Next(wizard, 2);
    }

    private async Task<IList<string>> ServiceNamesAsync() =>
        (await Client.CoreV1.ListNamespacedServiceAsync("default", cancellationToken: Ct)).Items.Select(s => s.Metadata.Name).ToList();

    [Fact]
    public async Task NextOnTheWhatStepIsBlockedWhileTheNameIsInvalidAndPassesOnceItIsValid()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ToWhatStep(wizard);

        TextField(wizard, "Name").Find("input").Input("Web_1");
        Next(wizard, 1);

        wizard.WaitForAssertion(() => TextField(wizard, "Name").Markup.ShouldContain("a DNS-1035 label"), Patience);
        ActiveStep(wizard).ShouldBe(1);

        TextField(wizard, "Name").Find("input").Input("web-1");
        Next(wizard, 2);
        wizard.Markup.ShouldNotContain("a DNS-1035 label");
    }

    [Fact]
    public async Task ChoosingLoadBalancerOnAnRkeCustomClusterWarnsThatNoLoadBalancerWillCome()
    {
        await StartAsync("rke-custom");
        var wizard = RenderWizard();
        ToWhatStep(wizard);
        wizard.FindAll("[data-testid=lb-warning]").ShouldBeEmpty();

        ChooseRadio(wizard, ServiceKind.LoadBalancer);

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=lb-warning]").TextContent.ShouldContain("will stay pending here"), Patience);
    }

    [Fact]
    public async Task ChoosingLoadBalancerOnAGkeClusterShowsNoWarning()
    {
        await StartAsync("gke");
        var wizard = RenderWizard();
        ToWhatStep(wizard);

        ChooseRadio(wizard, ServiceKind.LoadBalancer);

        wizard.WaitForAssertion(() => wizard.FindComponents<MudRadio<ServiceKind>>()
            .Single(r => r.Instance.Value == ServiceKind.LoadBalancer).Find("input").HasAttribute("checked").ShouldBeTrue(), Patience);
        wizard.Markup.ShouldContain("Layer-4");
        wizard.FindAll("[data-testid=lb-warning]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ChoosingLoadBalancerOnAMetalLbClusterShowsNoWarningSinceMetalLbHandsOutTheAddresses()
    {
        await StartAsync("metallb");
        var wizard = RenderWizard();
        ToWhatStep(wizard);

        ChooseRadio(wizard, ServiceKind.LoadBalancer);

        wizard.WaitForAssertion(() => wizard.FindComponents<MudRadio<ServiceKind>>()
            .Single(r => r.Instance.Value == ServiceKind.LoadBalancer).Find("input").HasAttribute("checked").ShouldBeTrue(), Patience);
        wizard.Markup.ShouldContain("Layer-4");
        wizard.FindAll("[data-testid=lb-warning]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TwoPortsWithoutNamesBlockNextOnThePortsStep()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ToPortsStep(wizard, "web", ServiceKind.ClusterIP);

        Button(wizard, "Add port").Click();
        wizard.WaitForAssertion(() => wizard.FindAll("[data-testid=port-row]").Count.ShouldBe(2), Patience);
        wizard.FindComponents<MudNumericField<int>>().Where(f => f.Instance.Label == "Port").ElementAt(1).Find("input").Change("443");
        Next(wizard, 2);

        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain("name every port when the Service has more than one"), Patience);
        ActiveStep(wizard).ShouldBe(2);
    }

    [Fact]
    public async Task ANodePortOutsideTheNodePortRangeIsRefusedOnThePortsStep()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ToPortsStep(wizard, "web", ServiceKind.NodePort);

        wizard.FindComponents<MudNumericField<int?>>().Single(f => f.Instance.Label == "Node port").Find("input").Change("8080");
        Next(wizard, 2);

        wizard.WaitForAssertion(() => wizard.FindComponents<MudNumericField<int?>>().Single(f => f.Instance.Label == "Node port")
            .Markup.ShouldContain("8080: provided port is not in the valid range"), Patience);
        ActiveStep(wizard).ShouldBe(2);
    }

    /// <summary>A NodePort Service 'web' on port 80, through every step to the Review step.</summary>
    private async Task<IRenderedComponent<ServiceWizard>> ReviewANodePortServiceAsync()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ToPortsStep(wizard, "web", ServiceKind.NodePort);
        Next(wizard, 3);
        Next(wizard, 4);
        return wizard;
    }

    [Fact]
    public async Task TheReviewStepShowsTheYamlAndADryRunStoresNothing()
    {
        var wizard = await ReviewANodePortServiceAsync();

        wizard.Find("[data-testid=review-yaml]").TextContent.ShouldContain("type: NodePort");
        wizard.FindAll("[data-testid=dry-run-result]").ShouldBeEmpty();
        Button(wizard, "Dry run").Click();

        wizard.WaitForAssertion(() => wizard.Find("[data-testid=dry-run-result]").TextContent.ShouldContain("nothing was stored"), Patience);
        wizard.FindAll("[data-testid=submit-error]").ShouldBeEmpty();
        (await ServiceNamesAsync()).ShouldNotContain("web");
        ActiveStep(wizard).ShouldBe(4);
    }

    [Fact]
    public async Task CompleteOnTheReviewStepCreatesTheServiceInTheCluster()
    {
        var wizard = await ReviewANodePortServiceAsync();

        Button(wizard, "Create Service").Click();

        wizard.WaitForAssertion(() => wizard.Markup.ShouldContain("Created. Opening it"), Patience);
        var service = await Client.CoreV1.ReadNamespacedServiceAsync("web", "default", cancellationToken: Ct);
        service.Spec.Type.ShouldBe("NodePort");
        service.Spec.Ports.Single().Port.ShouldBe(80);
    }

    /// <summary>A ClusterIP Service 'web' through Where, What and Ports, to the Selector step.</summary>
    private IRenderedComponent<ServiceWizard> RenderSelectorStep()
    {
        var wizard = RenderWizard();
        ToPortsStep(wizard, "web", ServiceKind.ClusterIP);
        Next(wizard, 3);
        return wizard;
    }

    private Task<V1Pod> CreatePodAsync(string name, string app) => Client.CoreV1.CreateNamespacedPodAsync(new V1Pod
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["app"] = app } },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = "nginx:1.27" }] },
    }, "default", cancellationToken: Ct);

    /// <summary>Types one selector row (adding it first when there is none).</summary>
    private static void TypeSelector(IRenderedComponent<ServiceWizard> wizard, string key, string value)
    {
        // The suggestions and counts arrive asynchronously and re-render the step: a click or input on an element
        // replaced meanwhile is retried on the new one.
        if (wizard.FindComponents<MudTextField<string>>().All(f => f.Instance.Label != "Key"))
            wizard.WaitForAssertion(() => Button(wizard, "Add selector").Click(), Patience);
        wizard.WaitForAssertion(() => TextField(wizard, "Key").Find("input").Input(key), Patience);
        wizard.WaitForAssertion(() => TextField(wizard, "Value").Find("input").Input(value), Patience);
    }

    private static string Matches(IRenderedComponent<ServiceWizard> wizard) => wizard.Find("[data-testid=selector-matches]").TextContent;

    [Fact]
    public async Task ADeploymentsSelectorIsOfferedOnTheSelectorStepAndOneClickFillsTheRows()
    {
        await StartAsync();
        await Client.AppsV1.CreateNamespacedDeploymentAsync(new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "shop" },
            Spec = new V1DeploymentSpec
            {
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "shop", ["tier"] = "front" } },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "shop", ["tier"] = "front" } },
                    Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = "nginx:1.27" }] },
                },
            },
        }, "default", cancellationToken: Ct);
        var wizard = RenderSelectorStep();

        wizard.WaitForAssertion(() => wizard.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "Deployment shop: app=shop,tier=front").Click(), Patience);

        wizard.WaitForAssertion(() => wizard.FindComponents<MudTextField<string>>().Where(f => f.Instance.Label is "Key" or "Value")
            .Select(f => f.Instance.Value).ShouldBe(["app", "shop", "tier", "front"]), Patience);
        // The sandbox runs Deployments: its one replica is the pod the selector matches.
        wizard.WaitForAssertion(() => Matches(wizard).Trim().ShouldBe("Matches 1 pod in namespace default."), Patience);
    }

    [Fact]
    public async Task TheSelectorStepCountsTheMatchingPodsLiveAsTheUserTypes()
    {
        await StartAsync();
        await CreatePodAsync("web-1", "web");
        await CreatePodAsync("web-2", "web");
        await CreatePodAsync("db-1", "db");
        var wizard = RenderSelectorStep();

        TypeSelector(wizard, "app", "web");
        wizard.WaitForAssertion(() => Matches(wizard).Trim().ShouldBe("Matches 2 pods in namespace default."), Patience);
        wizard.WaitForAssertion(() => TextField(wizard, "Value").Find("input").Input("db"), Patience);

        wizard.WaitForAssertion(() => Matches(wizard).Trim().ShouldBe("Matches 1 pod in namespace default."), Patience);
    }

    [Fact]
    public async Task TheCountFollowsPodsCreatedWhileTheStepIsOpen()
    {
        await StartAsync();
        var wizard = RenderSelectorStep();
        TypeSelector(wizard, "app", "web");
        wizard.WaitForAssertion(() => Matches(wizard).ShouldContain("This selector matches no pod yet in namespace default"), Patience);

        await CreatePodAsync("web-1", "web");
        await CreatePodAsync("web-2", "web");

        wizard.WaitForAssertion(() => Matches(wizard).Trim().ShouldBe("Matches 2 pods in namespace default."), Patience);
    }

    [Fact]
    public async Task ASelectorThatMatchesNoPodIsAWarningThatDoesNotBlockNext()
    {
        await StartAsync();
        await CreatePodAsync("web-1", "web");
        var wizard = RenderSelectorStep();

        TypeSelector(wizard, "app", "nothing");
        wizard.WaitForAssertion(() => wizard.Find("[data-testid=selector-matches] .mud-alert-text-warning").TextContent.ShouldContain("matches no pod yet"), Patience);
        Next(wizard, 4);

        wizard.Find("[data-testid=review-yaml]").TextContent.ShouldContain("app: nothing");
    }

    /// <summary>The Where step's "A new namespace" radio, then its text field.</summary>
    private static IRenderedComponent<MudTextField<string>> ChooseANewNamespace(IRenderedComponent<ServiceWizard> wizard)
    {
        ChooseRadio(wizard, true);
        wizard.WaitForAssertion(() => TextField(wizard, "New namespace"), Patience);
        return TextField(wizard, "New namespace");
    }

    [Fact]
    public async Task ANewNamespaceStartsEmptyAndAnExistingOneTypedThereIsRefusedWithWhatToDo()
    {
        await StartAsync();
        var wizard = RenderWizard();

        ChooseANewNamespace(wizard).Instance.Value.ShouldBeNullOrEmpty();
        TextField(wizard, "New namespace").Find("input").Input("default");
        Next(wizard, 0);

        wizard.WaitForAssertion(() => TextField(wizard, "New namespace").Instance.ErrorText.ShouldNotBeNull()
            .ShouldContain("The namespace 'default' already exists: choose it under 'An existing namespace'"), Patience);
        ActiveStep(wizard).ShouldBe(0);
    }

    [Fact]
    public async Task TheReviewSaysWhichNewNamespaceWillBeCreated()
    {
        await StartAsync();
        var wizard = RenderWizard();
        ChooseANewNamespace(wizard).Find("input").Input("shop");
        Next(wizard, 1);
        TextField(wizard, "Name").Find("input").Input("web");
        Next(wizard, 2);
        Next(wizard, 3);

        Next(wizard, 4);

        wizard.Find("[data-testid=namespace-created]").TextContent.ShouldContain("Namespace shop will be created");
    }

    [Fact]
    public async Task TheReviewOfAServiceInAnExistingNamespaceSaysNothingAboutCreatingOne()
    {
        var wizard = await ReviewANodePortServiceAsync();

        wizard.FindAll("[data-testid=namespace-created]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheReviewRepeatsTheWarningThatALoadBalancerWillStayPendingOnRkeCustom()
    {
        await StartAsync("rke-custom");
        var wizard = RenderWizard();
        ToPortsStep(wizard, "web", ServiceKind.LoadBalancer);
        Next(wizard, 3);

        Next(wizard, 4);

        wizard.Find("[data-testid=lb-warning]").TextContent.ShouldContain("will stay pending here");
    }

    [Fact]
    public async Task TheReviewsCreateButtonIsTheFilledPrimaryCreateService()
    {
        var wizard = await ReviewANodePortServiceAsync();

        var finish = wizard.Find("[data-testid=wizard-finish]");

        finish.TextContent.Trim().ShouldBe("Create Service");
        finish.ClassList.ShouldContain("mud-button-filled-primary");
        wizard.FindAll("button").ShouldNotContain(b => b.TextContent.Trim() == "Complete");
    }
}
