using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using FluentValidation;
using k8s;

namespace Dashboard.Kubernetes.GatewayMigration;

/// <summary>
/// Moves an Ingress to Gateway API, the one path the page and the HTTP API take: the role first, then the Ingress
/// (and the canary Ingresses of its hosts) as drafts, the translation (<see cref="GatewayMigrator"/>), the drafts
/// checked as every Gateway and route is, their YAML, then a dry run of all of them or their creation next to the
/// Ingress, which keeps serving until the user deletes it. Nothing is half-written: when one create fails, what this
/// call created is deleted again and the error says so.
/// </summary>
public sealed class GatewayMigrationService(
    ClusterClients clients, IClusterResources resources, DraftChecks checks, GatewayOperations gateways, HttpRouteOperations routes,
    IClusterRegistry registry, IAuditLog auditLog)
{
    private readonly ChangeAudit audit = new(registry, auditLog);
    private readonly MigrationObjects objects = new(resources, checks, gateways, routes);

    /// <param name="hostnameDomain">The generated-hostname domain: a rule host equal to it stays the placeholder of a generated name.</param>
    /// <exception cref="ForbiddenException">the actor may not change networking (checked first, before anything is read).</exception>
    /// <exception cref="ValidationException">the Ingress cannot be read as a draft, or a translated object is invalid; nothing was written.</exception>
    /// <exception cref="ApiServerRejectedException">404 when the Ingress or the Gateway does not exist; the server's refusal of a create (what was created before is deleted again).</exception>
    public Task<GatewayMigrationResult> MoveAsync(
        Guid clusterId, string ns, string name, GatewayMigrationChoice choice, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.IngressMoveToGateway, clusterId, ns, name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var plan = await PlanAsync(clusterId, ns, name, choice, hostnameDomain, actor, cancellationToken);
            await objects.ThrowIfInvalidAsync(clusterId, plan.Plan.NewGateway, plan.Plan.Routes, cancellationToken);
            var created = await objects.ApplyAsync(clusterId, plan.Plan.NewGateway, plan.Plan.Routes, hostnameDomain, actor, dryRun, cancellationToken);
            var result = new GatewayMigrationResult(
                MigrationObjects.Manifests(plan.Plan.NewGateway, plan.Plan.Routes, hostnameDomain), plan.Plan.NotTranslated, plan.Plan.Translated, plan.Plan.Notices,
                plan.GatewayNamespace, plan.GatewayName, plan.Plan.NewGateway is not null, plan.Plan.Routes.Select(r => r.Name).ToList(), created, dryRun);
            return (result, $"Moved Ingress {ns}/{name} to Gateway API: created {string.Join(", ", created)}; the Ingress stays until it is deleted.");
        }, cancellationToken);
    }

    /// <summary>
    /// The translation and its YAML without asking the cluster to check or store anything: what the page shows beside
    /// the Ingress before a dry run. Not audited (nothing changes).
    /// </summary>
    /// <exception cref="ForbiddenException">the actor may not change networking.</exception>
    /// <exception cref="ValidationException">the Ingress cannot be read as a draft.</exception>
    /// <exception cref="ApiServerRejectedException">404 when the Ingress or the Gateway does not exist.</exception>
    public async Task<GatewayMigrationResult> PreviewAsync(
        Guid clusterId, string ns, string name, GatewayMigrationChoice choice, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.ManageNetworking);
        var plan = await PlanAsync(clusterId, ns, name, choice, hostnameDomain, actor, cancellationToken);
        return new GatewayMigrationResult(
            MigrationObjects.Manifests(plan.Plan.NewGateway, plan.Plan.Routes, hostnameDomain), plan.Plan.NotTranslated, plan.Plan.Translated, plan.Plan.Notices,
            plan.GatewayNamespace, plan.GatewayName, plan.Plan.NewGateway is not null, plan.Plan.Routes.Select(r => r.Name).ToList(), [], DryRun: true);
    }

    private sealed record Planned(GatewayMigrationPlan Plan, string GatewayNamespace, string GatewayName);

    private async Task<Planned> PlanAsync(
        Guid clusterId, string ns, string name, GatewayMigrationChoice choice, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        // Live, not from the cache: the cache keeps no annotations, and the translation reads every one of them.
        var list = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.ListNamespacedIngressAsync(ns, cancellationToken: cancellationToken));
        var live = list.Items.FirstOrDefault(i => i.Metadata.Name == name)
            ?? throw new ApiServerRejectedException(404, $"The Ingress {ns}/{name} does not exist (any more): it may have been deleted.");
        var ingress = MigrationObjects.ReadDraft(live, hostnameDomain);
        var hosts = ingress.Rules.Select(r => r.Host).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sharingHosts = list.Items
            .Where(i => i.Metadata.Name != name && (i.Spec?.Rules ?? []).Any(r => r.Host is { } host && hosts.Contains(host)))
            .Select(i => MigrationObjects.TryReadDraft(i, hostnameDomain).Draft).OfType<IngressDraft>().ToList();

        var facts = await resources.FactsAsync(clusterId, cancellationToken);
        var controller = MigrationObjects.ControllerOf(facts, ingress);
        var services = (await resources.NamespaceServicesAsync(clusterId, ns, cancellationToken)).Services;

        var (gatewayNamespace, gatewayName) = MigrationObjects.Target(ns, choice.GatewayName);
        var existing = await objects.ExistingGatewayAsync(clusterId, gatewayNamespace, gatewayName, actor, cancellationToken);

        var plan = GatewayMigrator.Plan(new GatewayMigrationRequest
        {
            Ingress = ingress,
            HostIngresses = sharingHosts,
            IngressController = controller,
            ResolvePort = (service, port) => services.FirstOrDefault(s => s.Name == service)?.Ports.FirstOrDefault(p => p.Name == port)?.Port,
            GatewayClassName = existing?.ClassName ?? choice.GatewayClassName,
            ExistingGateway = existing,
            NewGatewayName = existing is null ? gatewayName : null,
            HostnameDomain = hostnameDomain,
        });
        return plan.NewGateway is { } made
            ? new Planned(plan, made.Namespace, made.Name)
            : new Planned(plan, gatewayNamespace, gatewayName!);
    }
}
