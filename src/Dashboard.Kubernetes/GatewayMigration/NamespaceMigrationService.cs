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
/// Moves the Ingresses of a namespace to Gateway API onto one Gateway, the one path the page and the HTTP API take:
/// the role first, then every Ingress of the namespace read live as a draft, the translation
/// (<see cref="NamespaceMigrator"/>), the objects checked, then a dry run of all of them, and unless only a dry run
/// was asked, their creation next to the Ingresses, which keep serving until the user deletes them. The dry run
/// first means a refusal (a route name already taken, say) comes before anything is stored; a create that still
/// fails deletes what this call made. One audit entry for the whole move.
/// </summary>
public sealed class NamespaceMigrationService(
    ClusterClients clients, IClusterResources resources, DraftChecks checks, GatewayOperations gateways, HttpRouteOperations routes,
    IClusterRegistry registry, IAuditLog auditLog)
{
    private readonly ChangeAudit audit = new(registry, auditLog);
    private readonly MigrationObjects objects = new(resources, checks, gateways, routes);

    /// <param name="hostnameDomain">The generated-hostname domain: a rule host equal to it stays the placeholder of a generated name.</param>
    /// <exception cref="ForbiddenException">the actor may not change networking (checked first, before anything is read).</exception>
    /// <exception cref="ValidationException">no Ingress to move, an Ingress named that is not in the namespace, or a translated object is invalid; nothing was written.</exception>
    /// <exception cref="ApiServerRejectedException">the server's refusal of an object (on the dry run, before anything is stored; or of a create, after which what was created is deleted again).</exception>
    public Task<NamespaceMigrationResult> MoveAsync(
        Guid clusterId, string ns, NamespaceMigrationChoice choice, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.NamespaceMoveToGateway, clusterId, ns, null, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var planned = await PlanAsync(clusterId, ns, choice, hostnameDomain, actor, cancellationToken);
            var plan = planned.Plan;
            await objects.ThrowIfInvalidAsync(clusterId, plan.NewGateway, plan.Routes, cancellationToken);
            var created = await objects.ApplyAsync(clusterId, plan.NewGateway, plan.Routes, hostnameDomain, actor, dryRun: true, cancellationToken);
            if (!dryRun)
                created = await objects.ApplyAsync(clusterId, plan.NewGateway, plan.Routes, hostnameDomain, actor, dryRun: false, cancellationToken);
            var moved = string.Join(", ", plan.Ingresses.Select(i => i.Ingress));
            return (Result(planned, hostnameDomain, created, dryRun),
                $"Moved the Ingresses {moved} of namespace {ns} to Gateway API: created {string.Join(", ", created)}; the Ingresses stay until they are deleted.");
        }, cancellationToken);
    }

    /// <summary>The translation and its YAML without asking the cluster to check or store anything. Not audited.</summary>
    /// <exception cref="ForbiddenException">the actor may not change networking.</exception>
    /// <exception cref="ValidationException">no Ingress to move, or an Ingress named that is not in the namespace.</exception>
    public async Task<NamespaceMigrationResult> PreviewAsync(
        Guid clusterId, string ns, NamespaceMigrationChoice choice, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.ManageNetworking);
        var planned = await PlanAsync(clusterId, ns, choice, hostnameDomain, actor, cancellationToken);
        return Result(planned, hostnameDomain, [], dryRun: true);
    }

    private sealed record Planned(string Namespace, NamespaceMigrationPlan Plan, string GatewayNamespace, string GatewayName);

    private async Task<Planned> PlanAsync(
        Guid clusterId, string ns, NamespaceMigrationChoice choice, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        // Live, not from the cache: the cache keeps no annotations, and the translation reads every one of them.
        var list = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.ListNamespacedIngressAsync(ns, cancellationToken: cancellationToken));
        var live = list.Items.OrderBy(i => i.Metadata.Name, StringComparer.Ordinal).ToList();
        if (live.Count == 0)
            throw new ValidationException($"The namespace {ns} has no Ingresses to move: create one, or choose another namespace.");

        var chosen = choice.Ingresses is { Count: > 0 } names ? names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList() : null;
        if (chosen?.FirstOrDefault(n => live.All(i => i.Metadata.Name != n)) is { } missing)
            throw new ValidationException($"The namespace {ns} has no Ingress {missing} (any more): it may have been deleted; reload the list and choose again.");

        var readable = new List<IngressDraft>();
        var unreadable = new List<LeftOutIngress>();
        foreach (var ingress in live)
        {
            var (draft, why) = MigrationObjects.TryReadDraft(ingress, hostnameDomain);
            if (draft is not null)
                readable.Add(draft);
            else if (chosen is null || chosen.Contains(ingress.Metadata.Name))
                unreadable.Add(new LeftOutIngress(ingress.Metadata.Name, $"The dashboard cannot translate it: {why}. Write its routes by hand, or change that part first."));
        }

        var facts = await resources.FactsAsync(clusterId, cancellationToken);
        var services = (await resources.NamespaceServicesAsync(clusterId, ns, cancellationToken)).Services;
        var (gatewayNamespace, gatewayName) = MigrationObjects.Target(ns, choice.GatewayName);
        var existing = await objects.ExistingGatewayAsync(clusterId, gatewayNamespace, gatewayName, actor, cancellationToken);

        var plan = NamespaceMigrator.Plan(new NamespaceMigrationRequest
        {
            Namespace = ns,
            Ingresses = chosen is null ? readable : [.. readable.Where(i => chosen.Contains(i.Name))],
            NamespaceIngresses = readable,
            Unreadable = unreadable,
            ControllerOf = ingress => MigrationObjects.ControllerOf(facts, ingress),
            ResolvePort = (service, port) => services.FirstOrDefault(s => s.Name == service)?.Ports.FirstOrDefault(p => p.Name == port)?.Port,
            GatewayClassName = existing?.ClassName ?? choice.GatewayClassName,
            ExistingGateway = existing,
            NewGatewayName = existing is null ? gatewayName : null,
            HostnameDomain = hostnameDomain,
        });
        if (plan.Routes.Count == 0)
        {
            throw new ValidationException($"Nothing to move in namespace {ns}: " +
                string.Join(" ", plan.LeftOut.Select(l => $"{l.Name}: {l.Why}").DefaultIfEmpty("no Ingress gives a route.")));
        }
        return plan.NewGateway is { } made
            ? new Planned(ns, plan, made.Namespace, made.Name)
            : new Planned(ns, plan, gatewayNamespace, gatewayName!);
    }

    private static NamespaceMigrationResult Result(Planned planned, string hostnameDomain, IReadOnlyList<string> created, bool dryRun)
    {
        var plan = planned.Plan;
        var ingresses = plan.Ingresses.Select(i => new IngressMoveResult(
            i.Ingress, MigrationObjects.Manifests(null, i.Routes, hostnameDomain), [.. i.Routes.Select(r => r.Name)], i.NotTranslated, i.Translated, i.Notices)).ToList();
        return new NamespaceMigrationResult(
            planned.Namespace,
            MigrationObjects.Manifests(plan.NewGateway, plan.Routes, hostnameDomain),
            plan.NewGateway is null ? null : MigrationObjects.Manifests(plan.NewGateway, [], hostnameDomain),
            ingresses, plan.LeftOut, plan.Notices, planned.GatewayNamespace, planned.GatewayName, plan.NewGateway is not null, created, dryRun);
    }
}
