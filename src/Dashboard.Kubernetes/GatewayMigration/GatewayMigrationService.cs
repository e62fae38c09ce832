using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.GatewayMigration;
using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;
using Dashboard.Core.Routes;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using FluentValidation;
using FluentValidation.Results;
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
            await ThrowIfInvalidAsync(clusterId, plan.Plan, cancellationToken);
            var created = await ApplyAsync(clusterId, plan.Plan, hostnameDomain, actor, dryRun, cancellationToken);
            var result = new GatewayMigrationResult(
                Manifests(plan.Plan, hostnameDomain), plan.Plan.NotTranslated, plan.Plan.Translated, plan.Plan.Notices,
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
            Manifests(plan.Plan, hostnameDomain), plan.Plan.NotTranslated, plan.Plan.Translated, plan.Plan.Notices,
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
        var ingress = ReadDraft(live, hostnameDomain);
        var hosts = ingress.Rules.Select(r => r.Host).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sharingHosts = list.Items
            .Where(i => i.Metadata.Name != name && (i.Spec?.Rules ?? []).Any(r => r.Host is { } host && hosts.Contains(host)))
            .Select(i => TryReadDraft(i, hostnameDomain)).OfType<IngressDraft>().ToList();

        var facts = await resources.FactsAsync(clusterId, cancellationToken);
        var controller = facts.IngressClasses.FirstOrDefault(c => c.Name == ingress.ClassName)?.Controller
            ?? (ingress.ClassName is null ? facts.IngressClasses.FirstOrDefault(c => c.IsDefault)?.Controller : null);
        var services = (await resources.NamespaceServicesAsync(clusterId, ns, cancellationToken)).Services;

        var (gatewayNamespace, gatewayName) = Target(ns, choice.GatewayName);
        GatewayDraft? existing = null;
        if (gatewayName is not null && facts.Gateways.Any(g => g.Namespace == gatewayNamespace && g.Name == gatewayName))
            existing = await gateways.GetDraftAsync(clusterId, gatewayNamespace, gatewayName, actor, cancellationToken);

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

    /// <summary>"name" is in the Ingress's namespace; "namespace/name" anywhere.</summary>
    private static (string Namespace, string? Name) Target(string ingressNamespace, string? gateway)
    {
        if (string.IsNullOrWhiteSpace(gateway))
            return (ingressNamespace, null);
        var parts = gateway.Trim().Split('/', 2);
        return parts.Length == 2 ? (parts[0], parts[1]) : (ingressNamespace, parts[0]);
    }

    private static IngressDraft ReadDraft(k8s.Models.V1Ingress ingress, string hostnameDomain)
    {
        try
        {
            return IngressDraftReader.FromIngress(ingress, hostnameDomain);
        }
        catch (IngressNotEditableException e)
        {
            throw new ValidationException(
                $"The Ingress {ingress.Metadata.NamespaceProperty}/{ingress.Metadata.Name} cannot be moved to Gateway API here: {e.Reason}. Write its routes by hand, or change that part first.");
        }
    }

    /// <summary>Another Ingress of the same hosts that cannot be read as a draft is no canary of this one: it is left out.</summary>
    private static IngressDraft? TryReadDraft(k8s.Models.V1Ingress ingress, string hostnameDomain)
    {
        try
        {
            return IngressDraftReader.FromIngress(ingress, hostnameDomain);
        }
        catch (IngressNotEditableException)
        {
            return null;
        }
    }

    /// <summary>Every object is checked as the Gateway and route operations check it; the errors name the object they belong to.</summary>
    private async Task ThrowIfInvalidAsync(Guid clusterId, GatewayMigrationPlan plan, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        if (plan.NewGateway is { } gateway)
        {
            var classes = (await resources.FactsAsync(clusterId, cancellationToken)).GatewayClasses.Select(c => c.Name).ToList();
            var context = await checks.ContextAsync(clusterId, gateway.Namespace, cancellationToken) with { GatewayClasses = classes };
            failures.AddRange(Named($"Gateway {gateway.Namespace}/{gateway.Name}", await new GatewayDraftValidator(context).ValidateAsync(gateway, cancellationToken)));
        }
        foreach (var route in plan.Routes)
        {
            var context = await checks.ContextAsync(clusterId, route.Namespace, cancellationToken);
            failures.AddRange(Named($"HTTPRoute {route.Namespace}/{route.Name}", await new HttpRouteDraftValidator(context).ValidateAsync(route, cancellationToken)));
        }
        if (failures.Count > 0)
            throw new ValidationException(string.Join(" ", failures.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal)), failures);
    }

    private static IEnumerable<ValidationFailure> Named(string what, ValidationResult result) =>
        result.Errors.Select(e => new ValidationFailure($"{what}: {e.PropertyName}", $"{what}: {e.ErrorMessage}"));

    /// <summary>A dry run of every object, or every create in order; a failed create deletes what this call made before it.</summary>
    private async Task<IReadOnlyList<string>> ApplyAsync(
        Guid clusterId, GatewayMigrationPlan plan, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        var created = new List<(string What, Func<Task> Undo)>();
        string? current = null;
        try
        {
            if (plan.NewGateway is { } gateway)
            {
                current = $"Gateway {gateway.Namespace}/{gateway.Name}";
                await gateways.CreateAsync(clusterId, gateway, actor, dryRun, cancellationToken);
                if (!dryRun)
                    created.Add((current, () => gateways.DeleteAsync(clusterId, gateway.Namespace, gateway.Name, actor, CancellationToken.None)));
            }
            foreach (var route in plan.Routes)
            {
                current = $"HTTPRoute {route.Namespace}/{route.Name}";
                await routes.CreateAsync(clusterId, route, hostnameDomain, actor, dryRun, cancellationToken);
                if (!dryRun)
                    created.Add((current, () => routes.DeleteAsync(clusterId, route.Namespace, route.Name, actor, CancellationToken.None)));
            }
            return created.Select(c => c.What).ToList();
        }
        catch (ApiServerRejectedException e) when (created.Count > 0)
        {
            throw new ApiServerRejectedException(e.StatusCode, $"Creating {current} failed: {e.Message} {await UndoAsync(created)}");
        }
        catch (ValidationException e) when (created.Count > 0)
        {
            throw new ValidationException($"{current}: {e.Message} {await UndoAsync(created)}", e.Errors);
        }
    }

    private static async Task<string> UndoAsync(List<(string What, Func<Task> Undo)> created)
    {
        var left = new List<string>();
        foreach (var (what, undo) in Enumerable.Reverse(created))
        {
            try
            {
                await undo();
            }
            catch (Exception e) when (e is ApiServerRejectedException or HttpRequestException or ClusterUnavailableException)
            {
                left.Add(what);
            }
        }
        var made = string.Join(", ", created.Select(c => c.What));
        return left.Count == 0
            ? $"Nothing was left behind: {made}, created by this move, {(created.Count == 1 ? "was" : "were")} deleted again."
            : $"Deleting what this move had created failed for {string.Join(", ", left)}: delete {(left.Count == 1 ? "it" : "them")} by hand.";
    }

    private static string Manifests(GatewayMigrationPlan plan, string hostnameDomain)
    {
        var documents = new List<string>();
        if (plan.NewGateway is { } gateway)
            documents.Add(ManifestYaml.ToYaml(GatewayManifest.From(gateway)));
        documents.AddRange(plan.Routes.Select(route => ManifestYaml.ToYaml(HttpRouteManifest.From(route, hostnameDomain))));
        // Each document ends with its own line break, so the separator always starts a line of its own.
        return string.Join("---\n", documents.Select(document => document.TrimEnd('\n') + "\n"));
    }
}
