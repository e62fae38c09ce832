using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.GatewayMigration;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Support;
using Dashboard.Web.Components.Gateways;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Components.GatewayMigration;

/// <summary>
/// "Move to Gateway API" for one Ingress: choose a GatewayClass and a new Gateway, or an existing Gateway; read the
/// YAML beside the Ingress's and what cannot be carried over; dry run; create. Every step goes through
/// <see cref="GatewayMigrationService"/>, the gate the HTTP API uses too.
/// </summary>
public sealed partial class MoveIngressToGatewayPage
{
    private const string DryRunAccepted = "The API server accepted every object (dry run: nothing was stored).";

    [Inject] private IClusterResources Resources { get; set; } = default!;
    [Inject] private ClusterSupportService Support { get; set; } = default!;
    [Inject] private GatewayMigrationService Migration { get; set; } = default!;
    [Inject] private IngressOperations Ingresses { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Parameter] public Guid ClusterId { get; set; }
    [Parameter] public string Namespace { get; set; } = "";
    [Parameter] public string Name { get; set; } = "";

    private bool? mayChange;
    private bool loaded;
    private bool loadedChoices;
    private bool busy;
    private string? clusterName;
    private GatewayWizardAvailability? availability;
    private List<GatewayClassFacts> classes = [];
    private List<GatewayFacts> gateways = [];
    private string className = "";
    private bool useExisting;
    private string? existingGateway;
    private string newGatewayName = "";
    private string? ingressYaml;
    private GatewayMigrationResult? preview;
    private GatewayMigrationResult? applied;
    private string? dryRunResult;
    private string? problem;

    private string Domain => Options.Value.Hostnames.Domain;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Clusters", DashboardUrls.Clusters), new(clusterName ?? "Cluster", DashboardUrls.Cluster(ClusterId)),
        new(Name, DashboardUrls.Ingress(ClusterId, Namespace, Name)), new("Move to Gateway API", null, disabled: true),
    ];

    private GatewayMigrationChoice Choice => new(className, useExisting ? existingGateway : newGatewayName);

    protected override async Task OnInitializedAsync()
    {
        mayChange = await CurrentActor.CanAsync(Permission.ManageNetworking);
        if (mayChange is false)
            return;
        try
        {
            var report = await Support.GetAsync(ClusterId, CancellationToken.None);
            clusterName = report.ClusterName;
            var facts = await Resources.FactsAsync(ClusterId, CancellationToken.None);
            var today = TodayMatrix.For(report.EffectiveKind);
            availability = GatewayWizardAvailability.Of(today, facts);
            classes = facts.GatewayClasses.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            gateways = facts.Gateways.OrderBy(g => g.Namespace, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
            className = GatewayWizardClassDefault.For(today, classes);
            if (className.Length == 0 && classes.Count > 0)
                className = classes[0].Name;
            newGatewayName = $"{Name}-gateway";
            if (!availability.Blocked)
            {
                ingressYaml = await Ingresses.GetYamlAsync(ClusterId, Namespace, Name, await CurrentActor.GetAsync(), CancellationToken.None);
                loadedChoices = true;
                await PreviewAsync();
            }
        }
        catch (Exception e) when (e is ClusterUnavailableException or ClusterNotFoundException or ApiServerRejectedException)
        {
            problem = e.Message;
        }
        loaded = true;
    }

    private async Task UseExistingChangedAsync(bool existing)
    {
        useExisting = existing;
        existingGateway ??= gateways.Count > 0 ? $"{gateways[0].Namespace}/{gateways[0].Name}" : null;
        await PreviewAsync();
    }

    private async Task ExistingChangedAsync(string gateway)
    {
        existingGateway = gateway;
        await PreviewAsync();
    }

    private async Task ClassChangedAsync(string name)
    {
        className = name;
        await PreviewAsync();
    }

    private async Task NewNameChangedAsync(string name)
    {
        newGatewayName = name.Trim();
        await PreviewAsync();
    }

    /// <summary>The translation for the current choice; nothing is sent to the cluster.</summary>
    private async Task PreviewAsync()
    {
        dryRunResult = null;
        problem = null;
        try
        {
            preview = await Migration.PreviewAsync(ClusterId, Namespace, Name, Choice, Domain, await CurrentActor.GetAsync(), CancellationToken.None);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            preview = null;
            problem = e.Message;
        }
    }

    private Task DryRunAsync() => RunAsync(dryRun: true);

    private Task ApplyAsync() => RunAsync(dryRun: false);

    private async Task RunAsync(bool dryRun)
    {
        busy = true;
        problem = null;
        dryRunResult = null;
        try
        {
            var result = await Migration.MoveAsync(ClusterId, Namespace, Name, Choice, Domain, await CurrentActor.GetAsync(), dryRun, CancellationToken.None);
            if (dryRun)
            {
                dryRunResult = DryRunAccepted;
                preview = result;
            }
            else
            {
                applied = result;
                Snackbar.Add($"Created {string.Join(", ", result.Created)}.", Severity.Success);
            }
        }
        catch (Exception e) when (IsRefusal(e))
        {
            problem = e.Message;
        }
        finally
        {
            busy = false;
        }
    }

    private static bool IsRefusal(Exception e) =>
        e is ApiServerRejectedException or FluentValidation.ValidationException or ForbiddenException or NotSignedInException or ClusterUnavailableException;
}
