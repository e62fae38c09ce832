using Dashboard.Core.Gateways;
using Dashboard.Core.Support;
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

namespace Dashboard.Kubernetes.GatewayMigration;

/// <summary>
/// What a move to Gateway API creates, one Ingress's or a namespace's: a Gateway when it is new, then the routes.
/// They are checked as every Gateway and route is, written as YAML, and dry-run or created in order; a failed create
/// deletes what the call made before it, so nothing is half-written.
/// </summary>
internal sealed class MigrationObjects(IClusterResources resources, DraftChecks checks, GatewayOperations gateways, HttpRouteOperations routes)
{
    /// <summary>Every object is checked as the Gateway and route operations check it; the errors name the object they belong to.</summary>
    public async Task ThrowIfInvalidAsync(Guid clusterId, GatewayDraft? gateway, IReadOnlyList<HttpRouteDraft> routeDrafts, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        if (gateway is not null)
        {
            var classes = (await resources.FactsAsync(clusterId, cancellationToken)).GatewayClasses.Select(c => c.Name).ToList();
            var context = await checks.ContextAsync(clusterId, gateway.Namespace, cancellationToken) with { GatewayClasses = classes };
            failures.AddRange(Named($"Gateway {gateway.Namespace}/{gateway.Name}", await new GatewayDraftValidator(context).ValidateAsync(gateway, cancellationToken)));
        }
        foreach (var route in routeDrafts)
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
    /// <returns>What was created, as "Kind namespace/name"; empty on a dry run.</returns>
    public async Task<IReadOnlyList<string>> ApplyAsync(
        Guid clusterId, GatewayDraft? gateway, IReadOnlyList<HttpRouteDraft> routeDrafts, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        var created = new List<(string What, Func<Task> Undo)>();
        string? current = null;
        try
        {
            if (gateway is not null)
            {
                current = $"Gateway {gateway.Namespace}/{gateway.Name}";
                await gateways.CreateAsync(clusterId, gateway, actor, dryRun, cancellationToken);
                if (!dryRun)
                    created.Add((current, () => gateways.DeleteAsync(clusterId, gateway.Namespace, gateway.Name, actor, CancellationToken.None)));
            }
            foreach (var route in routeDrafts)
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
        catch (ApiServerRejectedException e) when (current is not null)
        {
            // Nothing was created yet: the refusal only needs to say which object it is about.
            throw new ApiServerRejectedException(e.StatusCode, $"{current}: {e.Message}");
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

    /// <summary>The objects as YAML documents, the Gateway (when new) first.</summary>
    public static string Manifests(GatewayDraft? gateway, IEnumerable<HttpRouteDraft> routeDrafts, string hostnameDomain)
    {
        var documents = new List<string>();
        if (gateway is not null)
            documents.Add(ManifestYaml.ToYaml(GatewayManifest.From(gateway)));
        documents.AddRange(routeDrafts.Select(route => ManifestYaml.ToYaml(HttpRouteManifest.From(route, hostnameDomain))));
        // Each document ends with its own line break, so the separator always starts a line of its own.
        return string.Join("---\n", documents.Select(document => document.TrimEnd('\n') + "\n"));
    }

    /// <summary>"name" is in the Ingress's namespace; "namespace/name" anywhere.</summary>
    public static (string Namespace, string? Name) Target(string ingressNamespace, string? gateway)
    {
        if (string.IsNullOrWhiteSpace(gateway))
            return (ingressNamespace, null);
        var parts = gateway.Trim().Split('/', 2);
        return parts.Length == 2 ? (parts[0], parts[1]) : (ingressNamespace, parts[0]);
    }

    /// <summary>The existing Gateway the choice names, as a draft; null when it names none (or a Gateway that does not exist yet, the new one's name).</summary>
    public async Task<GatewayDraft?> ExistingGatewayAsync(Guid clusterId, string ns, string? name, Actor actor, CancellationToken cancellationToken)
    {
        if (name is null)
            return null;
        var facts = await resources.FactsAsync(clusterId, cancellationToken);
        return facts.Gateways.Any(g => g.Namespace == ns && g.Name == name)
            ? await gateways.GetDraftAsync(clusterId, ns, name, actor, cancellationToken)
            : null;
    }

    /// <summary>The controller of an Ingress's class, or of the default class for an Ingress that names none.</summary>
    public static string? ControllerOf(ClusterFacts facts, IngressDraft ingress) =>
        facts.IngressClasses.FirstOrDefault(c => c.Name == ingress.ClassName)?.Controller
        ?? (ingress.ClassName is null ? facts.IngressClasses.FirstOrDefault(c => c.IsDefault)?.Controller : null);

    /// <summary>The Ingress as a draft, or why the dashboard cannot read it as one.</summary>
    public static IngressDraft ReadDraft(k8s.Models.V1Ingress ingress, string hostnameDomain)
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

    /// <summary>Another Ingress that cannot be read as a draft: null, and the reason.</summary>
    public static (IngressDraft? Draft, string? Why) TryReadDraft(k8s.Models.V1Ingress ingress, string hostnameDomain)
    {
        try
        {
            return (IngressDraftReader.FromIngress(ingress, hostnameDomain), null);
        }
        catch (IngressNotEditableException e)
        {
            return (null, e.Reason);
        }
    }
}
