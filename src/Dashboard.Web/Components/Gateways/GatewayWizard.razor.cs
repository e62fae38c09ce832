using Dashboard.Core.Gateways;
using Dashboard.Core.Providers;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Support;
using Dashboard.Web.Components.Wizards;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Gateways;

/// <summary>
/// Creates a Gateway step by step: where, the class (only this cluster's; the platform's accepted one first),
/// listeners (HTTP/HTTPS, hostname, certificate from a Secret or cert-manager, which namespaces may attach),
/// labels, then the YAML, a dry run and Create through the operation's gate. A cluster without Gateway API or
/// without a GatewayClass says so first, with what to install or turn on, and offers no steps.
/// </summary>
public sealed partial class GatewayWizard : IDisposable
{
    private const string Accepted = "The API server accepted it (dry run: nothing was stored).";

    [Inject] private IClusterResources Resources { get; set; } = default!;
    [Inject] private DraftChecks Checks { get; set; } = default!;
    [Inject] private ClusterSupportService Support { get; set; } = default!;
    [Inject] private GatewayOperations Gateways { get; set; } = default!;
    [Inject] private TlsSecretLookup Secrets { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter] public Guid ClusterId { get; set; }

    /// <summary>Edit mode: the namespace of the Gateway to edit.</summary>
    [Parameter] public string? Namespace { get; set; }

    /// <summary>Edit mode: the name of the Gateway to edit.</summary>
    [Parameter] public string? Name { get; set; }

    private readonly GatewayDraft draft = new();
    private int step;
    private bool loaded;
    private IReadOnlyList<string> namespaces = [];
    private IReadOnlyList<GatewayClassFacts> classes = [];
    private IReadOnlyList<string> secretNames = [];
    private string? secretsFor;
    private string? secretsProblem;
    private string defaultClass = "";
    private ClusterSupportReport? report;
    private GatewayWizardAvailability? availability;
    private bool? mayChange;
    private WizardStepGate gate = default!;
    private string? dryRun;
    private string? preview;
    private string? submitError;
    private string? unavailable;

    private bool Editing => Name is not null;

    private string Heading => Editing ? $"Edit Gateway {Name}" : "Create a Gateway";

    private string GatewayHref => DashboardUrls.Gateway(ClusterId, draft.Namespace, draft.Name);

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Clusters", DashboardUrls.Clusters), new(report?.ClusterName ?? "Cluster", DashboardUrls.Cluster(ClusterId)),
        .. Editing ? [new BreadcrumbItem(Name!, GatewayHref)] : Array.Empty<BreadcrumbItem>(),
        new(Editing ? "Edit" : "New Gateway", null, disabled: true),
    ];

    /// <summary>
    /// Where the platform does not take the certificate from the Gateway's Secret, said where HTTPS is chosen: the
    /// AWS Load Balancer Controller serves HTTPS with certificates from ACM.
    /// </summary>
    private string? CertificateNote =>
        report?.EffectiveKind == ProviderKind.AmazonEks || classes.Any(c => c.Name == draft.ClassName && c.Controller == "gateway.k8s.aws/alb")
            ? "On Amazon EKS the AWS Load Balancer Controller serves HTTPS with certificates from AWS Certificate Manager (ACM), found by the listener's hostname or set in a LoadBalancerConfiguration; it does not read the Secret named here. Request or import the certificate in ACM for this hostname."
            : null;

    protected override async Task OnInitializedAsync()
    {
        gate = new WizardStepGate(fields => GatewayApiWizardChecks.GatewayErrorsAsync(Checks, ClusterId, draft, classes.Select(c => c.Name).ToList(), fields, CancellationToken.None),
            StepFields, work => InvokeAsync(async () => { await work(); StateHasChanged(); }));
        mayChange = await CurrentActor.CanAsync(Permission.ManageNetworking);
        if (mayChange is false && !Editing)
            return; // a viewer reads at once that creating needs another role, before any step
        try
        {
            namespaces = await Resources.NamespacesAsync(ClusterId, CancellationToken.None);
            report = await Support.GetAsync(ClusterId, CancellationToken.None);
            var facts = await Resources.FactsAsync(ClusterId, CancellationToken.None);
            var today = TodayMatrix.For(report.EffectiveKind);
            availability = GatewayWizardAvailability.Of(today, facts);
            classes = facts.GatewayClasses.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            defaultClass = GatewayWizardClassDefault.For(today, classes);
            draft.ClassName = defaultClass;
            if (!namespaces.Contains(draft.Namespace) && namespaces.Count > 0)
                draft.Namespace = namespaces[0];
            await LoadSecretsAsync();
        }
        catch (ClusterUnavailableException e)
        {
            unavailable = e.Message;
        }
        loaded = true;
    }

    private string? Errors(string path) => gate.Error(path);

    private string Yaml() => ManifestYaml.ToYaml(GatewayManifest.From(draft));

    private async Task NamespaceChangedAsync(string ns)
    {
        draft.Namespace = ns;
        await LoadSecretsAsync();
    }

    /// <summary>The kubernetes.io/tls Secrets of the namespace, names only (never their keys), read again when the namespace changes.</summary>
    private async Task LoadSecretsAsync()
    {
        if (secretsFor == draft.Namespace)
            return;
        secretsFor = draft.Namespace;
        try
        {
            secretNames = await Secrets.TlsSecretNamesAsync(ClusterId, draft.Namespace, await CurrentActor.GetAsync(), CancellationToken.None);
            secretsProblem = null;
        }
        catch (Exception e) when (e is ApiServerRejectedException or ForbiddenException or NotSignedInException or HttpRequestException)
        {
            secretNames = [];
            secretsProblem = $"The TLS secrets of namespace {draft.Namespace} could not be listed ({e.Message}); type the secret's name.";
        }
    }

    /// <summary>A second listener is HTTPS on 443 when the first is HTTP, else HTTP on the next free port.</summary>
    private void AddListener()
    {
        var https = draft.Listeners.All(l => l.Protocol != ListenerProtocols.Https);
        var port = https ? 443 : 80;
        while (draft.Listeners.Any(l => l.Port == port))
            port++;
        var name = https ? "https" : "http";
        for (var n = 2; draft.Listeners.Any(l => l.Name == name); n++)
            name = $"{(https ? "https" : "http")}-{n}";
        draft.Listeners.Add(new GatewayListenerDraft { Protocol = https ? ListenerProtocols.Https : ListenerProtocols.Http, Port = port, Name = name });
    }

    /// <summary>Next is refused while the step has errors.</summary>
    private async Task OnPreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action != StepAction.Complete)
            return;
        preview = null;
        args.Cancel = !await gate.PassesAsync(args.StepIndex);
        if (args.Cancel)
            return;
        if (args.StepIndex == 4)
            args.Cancel = !await SubmitAsync(dry: false);
    }

    private static IReadOnlyList<string> StepFields(int index) => index switch
    {
        0 => [nameof(GatewayDraft.Namespace), nameof(GatewayDraft.Name)],
        1 => [nameof(GatewayDraft.ClassName)],
        2 => [nameof(GatewayDraft.Listeners), nameof(GatewayDraft.CertManagerIssuer), nameof(GatewayDraft.CertManagerIssuerKind)],
        3 => [nameof(GatewayDraft.Labels), nameof(GatewayDraft.Annotations)],
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
            await Gateways.CreateAsync(ClusterId, draft, actor, dry, CancellationToken.None);
            if (dry)
            {
                dryRun = Accepted;
                return true;
            }
            Snackbar.Add($"Gateway {draft.Namespace}/{draft.Name} created.", Severity.Success);
            Navigation.NavigateTo(GatewayHref);
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
