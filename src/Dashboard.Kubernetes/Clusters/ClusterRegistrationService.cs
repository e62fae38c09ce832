using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Kubeconfigs;
using FluentValidation;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// Registering, editing and deleting clusters: the one path the register dialog, the HTTP API and start-up
/// registration (sandbox, auto-register) all take. The actor's role is checked here, every outcome is audited,
/// and nothing is stored unless every check passed.
/// </summary>
public sealed class ClusterRegistrationService(
    IClusterRegistry registry,
    ClusterConnector connector,
    ClusterClients clients,
    IValidator<RegisterClusterDraft> validator,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>Raised after a cluster is stored, so background work over every cluster (the hostname reconciler) starts at once.</summary>
    public event Action<Guid>? Registered;

    /// <summary>
    /// The refusal a registration or a rename to <paramref name="name"/> would meet because another cluster has that name
    /// (in any case), or null when it is free: the dialogs say it as the name is typed.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    public async Task<string?> NameTakenMessageAsync(string name, Guid? exceptClusterId, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ManageClusters);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
            return null;
        var clusters = await registry.ListAsync(cancellationToken);
        return clusters.Any(c => c.Id != exceptClusterId && string.Equals(c.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ? new DuplicateClusterNameException(trimmed).Message
            : null;
    }

    /// <summary>Validates, sanitises and probes without storing: what the register dialog shows before Save.</summary>

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ValidationException">the draft's shape is wrong.</exception>
    /// <exception cref="KubeconfigRejectedException">the kubeconfig is refused.</exception>
    public async Task<RegistrationCheck> CheckAsync(RegisterClusterDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ManageClusters);
        await validator.ValidateAndThrowAsync(draft, cancellationToken);
        var sanitized = KubeconfigSanitizer.Sanitize(draft.Kubeconfig, draft.Context);
        var probe = await connector.ProbeAsync(sanitized.Yaml, sanitized.ContextName, cancellationToken);
        return new RegistrationCheck(sanitized, probe);
    }

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ValidationException"/>
    /// <exception cref="KubeconfigRejectedException"/>
    /// <exception cref="ClusterUnreachableException">the cluster did not answer and the draft does not say to save anyway.</exception>
    /// <exception cref="DuplicateClusterNameException"/>
    public Task<ClusterSummary> RegisterAsync(RegisterClusterDraft draft, Actor actor, CancellationToken cancellationToken, string? sandboxProfile = null) =>
        AuditedAsync(actor, AuditActions.ClusterRegister, null, draft.Name, async () =>
        {
            var check = await CheckAsync(draft, actor, cancellationToken);
            if (!check.Probe.Reachable && !draft.SaveIfUnreachable)
                throw new ClusterUnreachableException(check.Probe.Error!);

            var probe = check.Probe;
            var observation = new ClusterObservation(
                probe.Reachable ? ClusterStatus.Reachable : ClusterStatus.Unreachable,
                clock.GetUtcNow(), probe.KubernetesVersion, probe.NodeCount, probe.Error);
            var cluster = await registry.RegisterAsync(new NewCluster(
                draft.Name.Trim(), draft.Provider ?? ProviderKind.Unknown, check.Kubeconfig.ServerUrl, check.Kubeconfig.ContextName,
                check.Kubeconfig.Yaml, sandboxProfile, observation), cancellationToken);
            Registered?.Invoke(cluster.Id);
            return (cluster, $"Registered {cluster.ServerUrl} ({cluster.Status})");
        }, cancellationToken);

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="DuplicateClusterNameException"/>
    /// <exception cref="ValidationException">the new name breaks the naming rules.</exception>
    public Task<ClusterSummary> UpdateAsync(Guid id, ClusterEdit edit, Actor actor, CancellationToken cancellationToken) =>
        AuditedAsync(actor, AuditActions.ClusterEdit, id, edit.Name, async () =>
        {
            actor.Demand(Permission.ManageClusters);
            if (ClusterNameRules.Validate(edit.Name) is { } error)
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(edit.Name), error)]);
            var updated = await registry.UpdateAsync(id, edit with { Name = edit.Name.Trim() }, cancellationToken);
            clients.Invalidate(id);
            return (updated, $"Name '{updated.Name}', provider {updated.Provider}");
        }, cancellationToken);

    /// <summary>Replaces a cluster's kubeconfig (a sandbox on a new port, an auto-registered file that changed).</summary>
    public async Task ReplaceKubeconfigAsync(Guid id, string kubeconfig, string? context, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ManageClusters);
        var cluster = await registry.FindAsync(id, cancellationToken) ?? throw new ClusterNotFoundException(id);
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfig, context ?? cluster.ContextName);
        await registry.ReplaceKubeconfigAsync(id, sanitized.Yaml, sanitized.ServerUrl, cancellationToken);
        clients.Invalidate(id);
    }

    /// <exception cref="ForbiddenException"/>
    public async Task<bool> DeleteAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var name = (await registry.FindAsync(id, cancellationToken))?.Name;
        return await AuditedAsync(actor, AuditActions.ClusterDelete, id, name, async () =>
        {
            actor.Demand(Permission.ManageClusters);
            var deleted = await registry.DeleteAsync(id, cancellationToken);
            clients.Invalidate(id);
            return (deleted, deleted ? "Deleted with its stored kubeconfig" : "It was not registered");
        }, cancellationToken);
    }

    /// <summary>Runs a change and records who did what to which cluster, and how it ended, whatever the ending.</summary>
    private async Task<T> AuditedAsync<T>(
        Actor actor, string action, Guid? clusterId, string? clusterName, Func<Task<(T Result, string Message)>> change, CancellationToken cancellationToken)
    {
        try
        {
            var (result, message) = await change();
            var name = result is ClusterSummary summary ? summary.Name : clusterName;
            var id = result is ClusterSummary created ? created.Id : clusterId;
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Success, message, id, name), cancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Failure, e.Message, clusterId, clusterName), CancellationToken.None);
            throw;
        }
    }
}

/// <summary>The sanitised kubeconfig and the connection test, before anything is stored.</summary>
public sealed record RegistrationCheck(SanitizedKubeconfig Kubeconfig, ClusterProbe Probe);

/// <summary>The cluster did not answer; the user may save it anyway by saying so.</summary>
public sealed class ClusterUnreachableException(string reason)
    : Exception($"{reason.TrimEnd('.')}. To register it anyway, tick 'Save even if unreachable' (API: \"saveIfUnreachable\": true).");
