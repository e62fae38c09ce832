using Dashboard.Core.Hostnames;
using Dashboard.Core.Routes;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Support;
using Dashboard.Web.Components.Gateways;
using Dashboard.Web.Components.Wizards;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Components.HttpRoutes;

/// <summary>
/// Creates an HTTPRoute step by step: where, the parent Gateway and listener (preselected from
/// <c>?gatewayNamespace=&amp;gateway=</c>), hostnames (generated where the Gateway's address is or will be an IP, the
/// user's own, or any), rules (matches, weighted backends, redirect, rewrite, header changes), labels, then the
/// YAML, a dry run and Create through the operation's gate.
/// </summary>
public sealed partial class HttpRouteWizard : IDisposable
{
    private const string Accepted = "The API server accepted it (dry run: nothing was stored).";

    [Inject] private IClusterResources Resources { get; set; } = default!;
    [Inject] private DraftChecks Checks { get; set; } = default!;
    [Inject] private ClusterSupportService Support { get; set; } = default!;
    [Inject] private HttpRouteOperations Routes { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Parameter] public Guid ClusterId { get; set; }

    /// <summary>Edit mode: the namespace of the route to edit.</summary>
    [Parameter] public string? Namespace { get; set; }

    /// <summary>Edit mode: the name of the route to edit.</summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>From a Gateway's page: the parent chosen up front.</summary>
    [SupplyParameterFromQuery(Name = "gatewayNamespace")] public string? GatewayNamespace { get; set; }

    [SupplyParameterFromQuery(Name = "gateway")] public string? GatewayName { get; set; }

    private readonly HttpRouteDraft draft = new();
    private int step;
    private bool loaded;
    private bool servesGatewayApi;
    private IReadOnlyList<string> namespaces = [];
    private List<HttpRouteWizardGateway> gateways = [];
    private IReadOnlyList<ServiceInfo> services = [];
    private ClusterSupportReport? report;
    private PlatformToday? today;
    private bool? mayChange;
    private WizardStepGate gate = default!;
    private string? dryRun;
    private string? preview;
    private string? submitError;
    private string? unavailable;

    private bool Editing => Name is not null;

    private string Heading => Editing ? $"Edit HTTP route {Name}" : "Create an HTTP route";

    private string Domain => Options.Value.Hostnames.Domain;

    private string RouteHref => DashboardUrls.HttpRoute(ClusterId, draft.Namespace, draft.Name);

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Clusters", DashboardUrls.Clusters), new(report?.ClusterName ?? "Cluster", DashboardUrls.Cluster(ClusterId)),
        .. Editing ? [new BreadcrumbItem(Name!, RouteHref)] : Array.Empty<BreadcrumbItem>(),
        new(Editing ? "Edit" : "New HTTP route", null, disabled: true),
    ];

    private IReadOnlyList<ServiceInfo> NamespaceServices => services.Where(s => s.Namespace == draft.Namespace).ToList();

    private HttpRouteWizardGateway? ParentGateway
    {
        get
        {
            var parent = draft.Parents[0];
            var ns = string.IsNullOrEmpty(parent.GatewayNamespace) ? draft.Namespace : parent.GatewayNamespace;
            return gateways.FirstOrDefault(g => g.Namespace == ns && g.Name == parent.GatewayName);
        }
    }

    private bool CanGenerate => HttpRouteWizardHostDefault.CanGenerate(ParentGateway, today);

    protected override async Task OnInitializedAsync()
    {
        gate = new WizardStepGate(CheckAsync, StepFields, work => InvokeAsync(async () => { await work(); StateHasChanged(); }));
        mayChange = await CurrentActor.CanAsync(Permission.ManageNetworking);
        if (mayChange is false && !Editing)
            return; // a viewer reads at once that creating needs another role, before any step
        try
        {
            namespaces = await Resources.NamespacesAsync(ClusterId, CancellationToken.None);
            report = await Support.GetAsync(ClusterId, CancellationToken.None);
            today = TodayMatrix.For(report.EffectiveKind);
            var facts = await Resources.FactsAsync(ClusterId, CancellationToken.None);
            servesGatewayApi = facts.ServesGatewayApi;
            gateways = [];
            foreach (var gateway in facts.Gateways.OrderBy(g => g.Namespace, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal))
            {
                // From the watch cache: the listeners a route can name, with the hostnames that limit it.
                var detail = await Resources.GatewayAsync(ClusterId, gateway.Namespace, gateway.Name, CancellationToken.None);
                gateways.Add(new HttpRouteWizardGateway(gateway.Namespace, gateway.Name, gateway.ClassName, gateway.Addresses,
                    detail?.Listeners.Where(l => l.Protocol is "HTTP" or "HTTPS").Select(l => new RouteListener(gateway.Name, l.Name, l.Hostname)).ToList()));
            }
            services = await AllServices.ListAsync(Resources, ClusterId, CancellationToken.None);
            Preselect();
        }
        catch (ClusterUnavailableException e)
        {
            unavailable = e.Message;
        }
        loaded = true;
    }

    /// <summary>The Gateway of the query (from its page), else the only one there is; the route starts in its namespace.</summary>
    private void Preselect()
    {
        var chosen = gateways.FirstOrDefault(g => g.Name == GatewayName && g.Namespace == (string.IsNullOrEmpty(GatewayNamespace) ? "default" : GatewayNamespace))
            ?? (gateways.Count == 1 ? gateways[0] : null);
        if (chosen is not null)
        {
            draft.Parents[0].GatewayNamespace = chosen.Namespace;
            draft.Parents[0].GatewayName = chosen.Name;
            if (namespaces.Contains(chosen.Namespace))
                draft.Namespace = chosen.Namespace;
        }
        else if (!namespaces.Contains(draft.Namespace) && namespaces.Count > 0)
            draft.Namespace = namespaces[0];
        draft.HostChoice = HttpRouteWizardHostDefault.For(chosen, today);
        if (draft.HostChoice == RouteHostChoice.Custom && draft.Hostnames.Count == 0)
            draft.Hostnames.Add(string.Empty); // a field to type in, not an error on Next
    }

    /// <summary>The parent Gateway's first IP, for the generated name the hostnames step shows; null before it has one.</summary>
    private string? ParentGatewayIp => ParentGateway?.Addresses.FirstOrDefault(a => a.IsIp)?.Value;

    /// <summary>A Gateway with a DNS-name address cannot give a generated name: the user's own comes first.</summary>
    private void GatewayChanged()
    {
        if (draft.HostChoice == RouteHostChoice.Generate && !CanGenerate)
        {
            draft.HostChoice = RouteHostChoice.Custom;
            if (draft.Hostnames.Count == 0)
                draft.Hostnames.Add(string.Empty);
        }
    }

    /// <summary>
    /// The route hostname rules' refusal: every listener the route attaches to has a hostname that rules the generated
    /// name out. Known only when the Gateway's listeners are.
    /// </summary>
    private string? ListenerRefusal()
    {
        if (draft.HostChoice != RouteHostChoice.Generate || ParentGateway is not { Listeners: { } listeners } gateway || string.IsNullOrEmpty(draft.Name))
            return null;
        var attached = draft.Parents[0].ListenerName is { } only ? listeners.Where(l => l.ListenerName == only).ToList() : listeners;
        var plan = RouteHostnamePlanner.Plan(new RouteHostnameInput(draft.Name, draft.Namespace, Domain, gateway.Addresses, [], [], attached, Requested: true));
        return plan.Outcome == HostnameOutcome.ListenerMismatch ? plan.Error : null;
    }

    private async Task<Dictionary<string, string>> CheckAsync(IReadOnlyList<string> fields)
    {
        var errors = await GatewayApiWizardChecks.HttpRouteErrorsAsync(Checks, ClusterId, draft, fields, CancellationToken.None);
        if (fields.Contains(nameof(HttpRouteDraft.HostChoice)) && ListenerRefusal() is { } refusal)
            errors.TryAdd(nameof(HttpRouteDraft.HostChoice), refusal);
        return errors;
    }

    private string? Errors(string path) => gate.Error(path);

    private string Yaml() => ManifestYaml.ToYaml(HttpRouteManifest.From(draft, Domain));

    /// <summary>A first rule that sends HTTP requests to HTTPS; the backends stay with the other rules.</summary>
    private void AddHttpsRedirect() =>
        draft.Rules.Insert(0, new HttpRouteRuleDraft { Backends = [], Redirect = new HttpRedirectDraft { Scheme = "https", StatusCode = 301 } });

    /// <summary>Next is refused while the step has errors.</summary>
    private async Task OnPreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action != StepAction.Complete)
            return;
        preview = null;
        services = await AllServices.ListAsync(Resources, ClusterId, CancellationToken.None); // Services made meanwhile
        args.Cancel = !await gate.PassesAsync(args.StepIndex);
        if (args.Cancel)
            return;
        if (args.StepIndex == 5)
            args.Cancel = !await SubmitAsync(dry: false);
    }

    private static IReadOnlyList<string> StepFields(int index) => index switch
    {
        0 => [nameof(HttpRouteDraft.Namespace), nameof(HttpRouteDraft.Name)],
        1 => [nameof(HttpRouteDraft.Parents)],
        2 => [nameof(HttpRouteDraft.HostChoice), nameof(HttpRouteDraft.Hostnames)],
        3 => [nameof(HttpRouteDraft.Rules)],
        4 => [nameof(HttpRouteDraft.Labels), nameof(HttpRouteDraft.Annotations)],
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
            await Routes.CreateAsync(ClusterId, draft, Domain, actor, dry, CancellationToken.None);
            if (dry)
            {
                dryRun = Accepted;
                return true;
            }
            Snackbar.Add($"HTTP route {draft.Namespace}/{draft.Name} created.", Severity.Success);
            Navigation.NavigateTo(RouteHref);
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
