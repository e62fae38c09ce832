using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Support;
using Dashboard.Web.Components.Wizards;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// Creates an Ingress step by step, or edits an existing one (route with namespace and name): the same steps,
/// prefilled from the live object, namespace and name fixed, and Save instead of Create at the end.
/// "Create a Service for this" parks the wizard in the circuit (<see cref="IngressWizardParking"/>); coming back
/// (<c>?resume=true</c>) restores it with the new Service chosen.
/// </summary>
public sealed partial class IngressWizard : IDisposable
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
    [Inject] private IngressWizardParking Drafts { get; set; } = default!;

    [Parameter] public Guid ClusterId { get; set; }

    /// <summary>Edit mode: the namespace of the Ingress to edit.</summary>
    [Parameter] public string? Namespace { get; set; }

    /// <summary>Edit mode: the name of the Ingress to edit.</summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>Back from the Service wizard: restore the wizard parked for this cluster.</summary>
    [SupplyParameterFromQuery] public bool Resume { get; set; }

    private IngressDraft draft = new();
    private int step;
    private int resumedAt;
    private bool newNamespace;
    private bool loaded;
    private IReadOnlyList<string> namespaces = [];
    private IReadOnlyList<IngressClassFacts> classes = [];
    private IReadOnlyList<ServiceInfo> services = [];
    private ClusterSupportReport? report;

    /// <summary>
    /// Edit mode: the annotations the Ingress had when it was read. The step checks let a refused annotation it
    /// already carries pass, as Save does (which checks against the Ingress as it is then).
    /// </summary>
    private IReadOnlyDictionary<string, string>? liveAnnotations;

    private bool? mayChange;
    private WizardStepGate gate = default!;
    private string? dryRun;
    private string? preview;
    private string? submitError;
    private string? unavailable;
    private string? notEditable;

    private bool DnsNameOnly => IngressWizardHostDefault.DnsNameOnly(report);

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
        gate = new WizardStepGate(fields => Checks.IngressErrorsAsync(ClusterId, draft, liveAnnotations, fields, CancellationToken.None), StepFields,
            work => InvokeAsync(async () => { await work(); StateHasChanged(); }));
        mayChange = await CurrentActor.CanAsync(Permission.ManageNetworking);
        if (mayChange is false && !Editing)
            return; // a viewer reads at once that creating needs another role, before any step
        try
        {
            namespaces = await Resources.NamespacesAsync(ClusterId, CancellationToken.None);
            report = await Support.GetAsync(ClusterId, CancellationToken.None);
            classes = (await Resources.FactsAsync(ClusterId, CancellationToken.None)).IngressClasses.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            await LoadServicesAsync();
            if (Resume && Drafts.Take(ClusterId) is { } parked && (!Editing || (parked.Draft.Namespace, parked.Draft.Name) == (Namespace, Name)))
                Restore(parked);
            else if (Editing)
            {
                (draft, notEditable) = await IngressWizardLiveDraft.ReadAsync(
                    Ingresses, await CurrentActor.GetAsync(), mayChange is true, ClusterId, Namespace!, Name!, Domain);
                liveAnnotations = draft.Annotations.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            }
            else
                draft.Rules[0].HostChoice = IngressWizardHostDefault.For(report);
        }
        catch (ClusterUnavailableException e)
        {
            unavailable = e.Message;
        }
        loaded = true;
    }

    private async Task LoadServicesAsync() =>
        services = await AllServices.ListAsync(Resources, ClusterId, CancellationToken.None);

    private string? Errors(string path) => gate.Error(path);

    private string Yaml() => ManifestYaml.ToYaml(IngressManifest.From(draft, Domain));

    /// <summary>A second rule gets a host of its own: only one rule can use the generated host, and only where one can be made.</summary>
    private void AddRule() =>
        draft.Rules.Add(new IngressRuleDraft
        {
            HostChoice = draft.Rules.Any(r => r.HostChoice == HostChoice.Generate) ? HostChoice.Custom : IngressWizardHostDefault.For(report),
        });

    /// <summary>Everything as it was left, the earlier steps done, and the Service just created chosen in its path.</summary>
    private void Restore(ParkedIngress parked)
    {
        draft = parked.DraftWithChosenService();
        liveAnnotations = parked.LiveAnnotations;
        step = resumedAt = parked.Step;
        newNamespace = parked.NewNamespace && !namespaces.Contains(draft.Namespace); // the Service wizard may have created it
    }

    /// <summary>"Create a Service for this": park the wizard and open the Service wizard in the same namespace.</summary>
    private void CreateServiceFor((int Rule, int Path) target)
    {
        var here = Editing ? $"{IngressHref}/edit" : $"clusters/{ClusterId}/ingresses/new";
        Drafts.Park(ClusterId, new ParkedIngress(draft, step, newNamespace, target.Rule, target.Path, $"{here}?resume=true", LiveAnnotations: liveAnnotations));
        Navigation.NavigateTo($"clusters/{ClusterId}/services/new?namespace={Uri.EscapeDataString(draft.Namespace)}&returnTo=ingress");
    }

    /// <summary>Next is refused while the step has errors; an edit's review shows the object as the server would store it.</summary>
    private async Task OnPreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action != StepAction.Complete)
            return;
        preview = null;
        await LoadServicesAsync(); // the pickers and the backend checks see Services made meanwhile
        args.Cancel = !await gate.PassesAsync(args.StepIndex);
        if (args.Cancel)
            return;
        if (args.StepIndex == 4 && Editing)
            await SubmitAsync(dry: true);
        else if (args.StepIndex == 5)
            args.Cancel = !await SubmitAsync(dry: false);
    }

    private static IReadOnlyList<string> StepFields(int index) => index switch
    {
        0 => [nameof(IngressDraft.Namespace), nameof(IngressDraft.Name)],
        1 => [nameof(IngressDraft.ClassName)],
        2 => [nameof(IngressDraft.Rules)],
        3 => [nameof(IngressDraft.Tls)],
        4 => [nameof(IngressDraft.Labels), nameof(IngressDraft.Annotations)],
        _ => [],
    };

    public void Dispose() => gate?.Dispose();

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
        catch (Exception e) when (e is ApiServerRejectedException or FluentValidation.ValidationException or ForbiddenException or NotSignedInException)
        {
            submitError = e.Message;
            dryRun = null;
            return false;
        }
    }
}
