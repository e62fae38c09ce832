using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Routes;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Routes.Models;
using FluentValidation;
using FluentValidation.Results;

namespace Dashboard.Kubernetes.Routes;

/// <summary>
/// Creating, editing, reading and deleting HTTPRoutes: the one path the wizard, the migration and the HTTP API take,
/// shaped like <see cref="IngressOperations"/>.
/// </summary>
public sealed class HttpRouteOperations(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, DraftChecks checks)
{
    private const string Plural = "httproutes";

    private readonly ChangeAudit audit = new(registry, auditLog);

    /// <param name="hostnameDomain">The wildcard-DNS domain a Generate route's placeholder hostname is.</param>
    /// <exception cref="ForbiddenException">the actor may not change networking (checked before the draft).</exception>
    /// <exception cref="ValidationException">the draft is invalid (a backend Service that does not exist, say); nothing reached the cluster.</exception>
    /// <exception cref="ApiServerRejectedException">the API server refused it (409 when it exists; 404 when the cluster does not serve Gateway API).</exception>
    public Task<ChangeResult<V1HttpRoute>> CreateAsync(
        Guid clusterId, HttpRouteDraft draft, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.HttpRouteCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            await checks.ThrowIfInvalidAsync(clusterId, draft, existingAnnotations: null, cancellationToken);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var route = await GatewayApiClient.CreateAsync(client, Plural, HttpRouteManifest.From(draft, hostnameDomain), dryRun, cancellationToken);
            return (ChangeResult<V1HttpRoute>.Of(route, dryRun), Describe(route));
        }, cancellationToken);
    }

    /// <summary>The live route as the draft the wizard edits; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    public async Task<HttpRouteDraft> GetDraftAsync(Guid clusterId, string ns, string name, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        return HttpRouteDraftReader.FromRoute(await GatewayApiClient.GetAsync<V1HttpRoute>(client, Plural, ns, name, cancellationToken), hostnameDomain);
    }

    /// <summary>
    /// Replaces the spec, labels and annotations with the draft's, on the resourceVersion it was read at. A Generate
    /// route keeps the hostnames the dashboard already generated for it (and the annotation that remembers them),
    /// so an edit does not send it back to the placeholder.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ValidationException">the draft names another route, or is invalid; nothing was written.</exception>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist; 409 when it kept changing.</exception>
    public Task<ChangeResult<V1HttpRoute>> UpdateAsync(
        Guid clusterId, string ns, string name, HttpRouteDraft draft, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.HttpRouteEdit, clusterId, ns, name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            if ((draft.Namespace, draft.Name) != (ns, name))
                DraftChecks.ThrowIfInvalid(new ValidationResult([new ValidationFailure(nameof(HttpRouteDraft.Name),
                    $"The draft names the HTTPRoute {draft.Namespace}/{draft.Name}, but {ns}/{name} is the one being edited: an edit cannot move or rename a route. Make them the same.")]));
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var route = await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
            {
                var live = await GatewayApiClient.ReadAsync<V1HttpRoute>(client, Plural, ns, name, cancellationToken);
                await checks.ThrowIfInvalidAsync(clusterId, draft, live.Metadata.Annotations?.AsReadOnly(), cancellationToken);
                var wanted = HttpRouteManifest.From(draft, hostnameDomain);
                var generated = live.Metadata.Annotations?.TryGetValue(IngressManifest.GeneratedHostsAnnotation, out var hosts) == true ? hosts : null;
                if (draft.HostChoice == RouteHostChoice.Generate && !string.IsNullOrEmpty(generated))
                {
                    wanted.Spec!.Hostnames = live.Spec?.Hostnames;
                    wanted.Metadata.Annotations ??= new Dictionary<string, string>();
                    wanted.Metadata.Annotations[IngressManifest.GeneratedHostsAnnotation] = generated;
                }
                live.Spec = wanted.Spec;
                live.Metadata.Labels = wanted.Metadata.Labels;
                live.Metadata.Annotations = wanted.Metadata.Annotations;
                return await GatewayApiClient.ReplaceAsync(client, Plural, live, dryRun, cancellationToken);
            }, $"HTTPRoute {ns}/{name}"));
            return (ChangeResult<V1HttpRoute>.Of(route, dryRun), Describe(route));
        }, cancellationToken);
    }

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it is already gone.</exception>
    public Task DeleteAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.HttpRouteDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await GatewayApiClient.DeleteAsync(client, Plural, ns, name, cancellationToken);
            return (true, "Deleted");
        }, cancellationToken);
    }

    /// <summary>The live route as YAML; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    public async Task<string> GetYamlAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        return ChangeResult<V1HttpRoute>.Of(await GatewayApiClient.GetAsync<V1HttpRoute>(client, Plural, ns, name, cancellationToken), dryRun: false).Yaml;
    }

    private static string Describe(V1HttpRoute route)
    {
        var parents = (route.Spec?.ParentRefs ?? []).Select(p => (p.Namespace is null ? "" : p.Namespace + "/") + p.Name + (p.SectionName is null ? "" : "." + p.SectionName));
        var hosts = route.Spec?.Hostnames is { Count: > 0 } h ? string.Join(", ", h) : "any";
        return $"parents {string.Join(", ", parents)}, hostnames {hosts}, {route.Spec?.Rules?.Count ?? 0} rules";
    }
}
