using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Support;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// Creates an Ingress step by step, or edits an existing one (route with namespace and name): the same steps,
/// prefilled from the live object, namespace and name fixed, and Save instead of Create at the end.
/// </summary>
public sealed partial class IngressWizard
{
    private const string Accepted = "The API server accepted it (dry run: nothing was stored).";

    [Inject] private IClusterResources Resources { get; set; } = default!;
    [Inject] private DraftChecks Checks { get; set; } = default!;
    [Inject] private ClusterSupportService Support { get; set; } = default!;
    [Inject] private IngressOperations Ingresses { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Parameter] public Guid ClusterId { get; set; }

    /// <summary>Edit mode: the namespace of the Ingress to edit.</summary>
    [Parameter] public string? Namespace { get; set; }

    /// <summary>Edit mode: the name of the Ingress to edit.</summary>
    [Parameter] public string? Name { get; set; }

    private IngressDraft draft = new();
    private int step;
    private int resumedAt;
    private bool newNamespace;
    private bool loaded;
    private IReadOnlyList<string> namespaces = [];
    private IReadOnlyList<IngressClassFacts> classes = [];
    private IReadOnlyList<ServiceInfo> services = [];
    private ClusterSupportReport? report;

    private Dictionary<string, string> errors = [];
    private string? dryRun;
    private string? preview;
    private string? submitError;
    private string? unavailable;
    private string? notEditable;

    /// <summary>What the cluster's ingresses got, or, before any has an address, what its platform promises.</summary>
    private bool DnsNameOnly => report?.Observed.IngressExposure == IngressExposure.DnsName
        || (report?.Observed.IngressExposure is IngressExposure.Unknown && report.Promise?.Exposure == IngressExposure.DnsName);

    private bool Editing => Name is not null;

    private string Heading => Editing ? $"Edit Ingress {Name}" : "Create an Ingress";

    private string Domain => Options.Value.Hostnames.Domain;

    private string IngressHref => $"clusters/{ClusterId}/namespaces/{Uri.EscapeDataString(draft.Namespace)}/ingresses/{Uri.EscapeDataString(draft.Name)}";

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Clusters", "clusters"), new(report?.ClusterName ?? "Cluster", $"clusters/{ClusterId}"),
        .. Editing ? [new BreadcrumbItem(Name!, IngressHref)] : Array.Empty<BreadcrumbItem>(),
        new(Editing ? "Edit" : "New Ingress", null, disabled: true),
    ];

    private IReadOnlyList<ServiceInfo> NamespaceServices => services.Where(s => s.Namespace == draft.Namespace).ToList();

    private List<string> CustomHosts => draft.Rules.Where(r => r.HostChoice == HostChoice.Custom && !string.IsNullOrEmpty(r.Host))
        .Select(r => r.Host!).Distinct(StringComparer.Ordinal).ToList();

    protected override async Task OnInitializedAsync()
    {
        try
        {
            namespaces = await Resources.NamespacesAsync(ClusterId, CancellationToken.None);
            report = await Support.GetAsync(ClusterId, CancellationToken.None);
            classes = (await Resources.FactsAsync(ClusterId, CancellationToken.None)).IngressClasses.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            await LoadServicesAsync();
            if (Resume && Drafts.Take(ClusterId) is { } parked && (!Editing || (parked.Draft.Namespace, parked.Draft.Name) == (Namespace, Name)))
                Restore(parked);
            else if (Editing)
                await LoadLiveIngressAsync();
        }
        catch (ClusterUnavailableException e)
        {
            unavailable = e.Message;
        }
        loaded = true;
    }

    private async Task LoadServicesAsync() =>
        services = (await Resources.ServicesAsync(ClusterId, new ResourceQuery(Take: 500), CancellationToken.None)).Items;

    private string? Errors(string path) => errors.GetValueOrDefault(path);

    private string Yaml() => ManifestYaml.ToYaml(IngressManifest.From(draft, Domain));

    /// <summary>A second rule gets a host of its own: only one rule can use the generated host.</summary>
    private void AddRule() =>
        draft.Rules.Add(new IngressRuleDraft { HostChoice = draft.Rules.Any(r => r.HostChoice == HostChoice.Generate) ? HostChoice.Custom : HostChoice.Generate });

    private async Task DryRunAsync() => await SubmitAsync(dry: true);

    private async Task<bool> SubmitAsync(bool dry)
    {
        submitError = null;
        try
        {
            var actor = await CurrentActor.GetAsync();
            var result = Editing
                ? await Ingresses.UpdateAsync(ClusterId, Namespace!, Name!, draft, Domain, actor, dry, CancellationToken.None)
                : await Ingresses.CreateAsync(ClusterId, draft, Domain, actor, dry, CancellationToken.None);
            if (dry)
            {
                dryRun = Accepted;
                preview = Editing ? result.Yaml : null;
                return true;
            }
            Snackbar.Add($"Ingress {draft.Namespace}/{draft.Name} {(Editing ? "saved" : "created")}.", Severity.Success);
            Navigation.NavigateTo(IngressHref);
            return true;
        }
        catch (Exception e) when (e is ApiServerRejectedException or ForbiddenException or NotSignedInException)
        {
            submitError = e.Message;
            dryRun = null;
            return false;
        }
    }
}
