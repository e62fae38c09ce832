using Bunit;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Dashboard.Web.Components.Ingresses;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using k8s;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// Components over the real services with one sandbox cluster registered, a signed-in user of the role a test
/// picks, and a client of the test's own to look at what really got stored.
/// </summary>
public abstract class SandboxClusterTestContext : MudBlazorTestContext, IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private SandboxCluster? sandbox;
    private IKubernetes? client;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    protected Guid ClusterId { get; private set; }

    protected IKubernetes Client => client!;

    /// <summary>The cluster's sandbox, for a second registration through a different door (a proxy).</summary>
    protected SandboxCluster Sandbox => sandbox!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Where open selects render their items.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Call first: services, the signed-in user, the cluster (registered as the kind its profile imitates, so the
    /// support report's promise is that profile's), then the providers.
    /// </summary>
    protected async Task StartAsync(string role, string profile = "rke-custom", string clusterName = "lab")
    {
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, Ct);
        await this.AddSignedInServicesAsync(data.Path, role);
        Services.AddOptions<Dashboard.Web.Hosting.DashboardOptions>();
        Services.AddScoped<Dashboard.Web.Components.Ingresses.IngressWizardParking>();
        var cluster = await Services.GetRequiredService<ClusterRegistrationService>().RegisterAsync(
            new RegisterClusterDraft { Name = clusterName, Kubeconfig = sandbox.KubeconfigYaml("ctx"), Provider = ProviderKinds.FromSandboxProfile(profile) }, Actor.System, Ct);
        ClusterId = cluster.Id;
        client = KubernetesClientFactory.Create(sandbox.KubeconfigYaml("ctx"), "ctx", LoopbackClusters.Policy());
        Popovers = RenderPopoverProvider();
        Render<MudSnackbarProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        client?.Dispose();
        if (sandbox is not null)
            await sandbox.DisposeAsync();
        data.Dispose();
    }
}
