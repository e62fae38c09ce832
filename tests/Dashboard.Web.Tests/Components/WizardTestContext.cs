using AngleSharp.Dom;
using Bunit;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

#pragma warning disable MUD0012 // tests read a step index and a radio value only, never set them

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// The workload wizards over the real services and one sandbox cluster, registered as the kind its profile imitates
/// (so the support report's promise is that profile's), plus a client of the test's own to see what got stored.
/// </summary>
public abstract class WizardTestContext : MudBlazorTestContext, IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The registered cluster's name, shown in the wizard's breadcrumbs once its support report is loaded.</summary>
    protected const string ClusterName = "wizard-lab";

    private readonly TempDirectory data = new();
    private SandboxCluster? sandbox;
    private IKubernetes? client;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    protected Guid ClusterId { get; private set; }

    protected IKubernetes Client => client!;

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Call first: services, a signed-in operator, the cluster, then the providers.</summary>
    protected async Task StartAsync(string profile = "rke-custom")
    {
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, Ct);
        await this.AddSignedInServicesAsync(data.Path, Roles.Operator);
        Services.AddOptions<Dashboard.Web.Hosting.DashboardOptions>();
        var kind = profile switch
        {
            "gke" => ProviderKind.GoogleGke,
            "aks" => ProviderKind.AzureAks,
            "rke-custom" => ProviderKind.RkeCustom,
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Map the profile to its provider kind."),
        };
        var cluster = await Services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = ClusterName, Kubeconfig = sandbox.KubeconfigYaml("ctx"), Provider = kind }, Actor.System, Ct);
        ClusterId = cluster.Id;
        client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("x"), "x");
        Popovers = RenderPopoverProvider();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
    }

    /// <summary>The one button whose text is exactly this.</summary>
    protected static IElement Button<TComponent>(IRenderedComponent<TComponent> rendered, string text)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The stepper's active step, after the preview handler (validation) has had its say.</summary>
    protected static int ActiveStep<TComponent>(IRenderedComponent<TComponent> rendered)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindComponent<MudStepper>().Instance.ActiveIndex;

    /// <summary>Clicks Next and waits until the stepper is on <paramref name="expected"/> (or stays there).</summary>
    protected static void Next<TComponent>(IRenderedComponent<TComponent> rendered, int expected, string text = "Next")
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent
    {
        // Typing re-renders the stepper's buttons; a click on a just-replaced one is retried on the new one.
        rendered.WaitForAssertion(() => Button(rendered, text).Click(), Patience);
        rendered.WaitForAssertion(() => ActiveStep(rendered).ShouldBe(expected), Patience);
    }

    /// <summary>The text field of the active step with this label.</summary>
    protected static IRenderedComponent<MudTextField<string>> TextField<TComponent>(IRenderedComponent<TComponent> rendered, string label)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label);

    /// <summary>Picks a radio of a MudRadioGroup by its value.</summary>
    protected static void ChooseRadio<TComponent, TValue>(IRenderedComponent<TComponent> rendered, TValue value)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindComponents<MudRadio<TValue>>().Single(r => EqualityComparer<TValue>.Default.Equals(r.Instance.Value, value)).Find("input").Click();

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        client?.Dispose();
        if (sandbox is not null)
            await sandbox.DisposeAsync();
        data.Dispose();
    }
}
