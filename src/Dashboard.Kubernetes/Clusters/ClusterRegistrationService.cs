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
    private static readonly EditClusterDraftValidator EditValidator = new();

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
    /// <exception cref="InsecureConnectionNotAcceptedException">http:// or skip-TLS, and the draft does not accept it.</exception>
    public async Task<RegistrationCheck> CheckAsync(RegisterClusterDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ManageClusters);
        await validator.ValidateAndThrowAsync(draft, cancellationToken);
        var sanitized = KubeconfigSanitizer.Sanitize(draft.Kubeconfig, draft.Context);
        InsecureConnectionNotAcceptedException.ThrowUnlessAccepted(sanitized, draft.AcceptInsecureConnection);
        var probe = await connector.ProbeAsync(sanitized.Yaml, sanitized.ContextName, cancellationToken);
        return new RegistrationCheck(sanitized, probe, await SameServerAsync(sanitized.ServerUrl, null, cancellationToken));
    }

    /// <summary>The names of the other clusters registered with this API server.</summary>
    private async Task<IReadOnlyList<string>> SameServerAsync(string serverUrl, Guid? exceptClusterId, CancellationToken cancellationToken) =>
        (await registry.ListAsync(cancellationToken))
            .Where(c => c.Id != exceptClusterId && ServerAddress.Same(c.ServerUrl, serverUrl))
            .Select(c => c.Name)
            .ToArray();

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ValidationException"/>
    /// <exception cref="KubeconfigRejectedException"/>
    /// <exception cref="InsecureConnectionNotAcceptedException"/>
    /// <exception cref="ClusterUnreachableException">the cluster did not answer and the draft does not say to save anyway.</exception>
    /// <exception cref="DuplicateClusterNameException"/>
    public Task<ClusterSummary> RegisterAsync(RegisterClusterDraft draft, Actor actor, CancellationToken cancellationToken, string? sandboxProfile = null) =>
        AuditedAsync(actor, AuditActions.ClusterRegister, null, draft.Name, async () =>
        {
            var check = await CheckAsync(draft, actor, cancellationToken);
            if (check.SameServer.Count > 0 && !draft.AllowDuplicateServer)
                throw new DuplicateServerException(check.Kubeconfig.ServerUrl, check.SameServer, registering: true);
            if (!check.Probe.Reachable && !draft.SaveIfUnreachable)
                throw new ClusterUnreachableException(check.Probe.Error!);

            var observation = Observation(check.Probe);
            var cluster = await registry.RegisterAsync(new NewCluster(
                draft.Name.Trim(), draft.Provider ?? ProviderKind.Unknown, check.Kubeconfig.ServerUrl, check.Kubeconfig.ContextName,
                check.Kubeconfig.Yaml, sandboxProfile, observation), cancellationToken);
            Registered?.Invoke(cluster.Id);
            return (cluster, $"Registered {cluster.ServerUrl} ({cluster.Status})");
        }, cancellationToken);

    /// <summary>Renames a cluster or changes its kind, keeping its credentials.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="DuplicateClusterNameException"/>
    /// <exception cref="ValidationException">the new name breaks the naming rules.</exception>
    public Task<ClusterSummary> UpdateAsync(Guid id, ClusterEdit edit, Actor actor, CancellationToken cancellationToken) =>
        EditAsync(id, new EditClusterDraft { Name = edit.Name, Provider = edit.Provider }, actor, cancellationToken);

    /// <summary>
    /// Changes what the draft gives (null keeps it). A new kubeconfig is sanitised like a registration's and must pass a
    /// connection test first; name, kind and kubeconfig are then stored in one write, and the cluster's client and
    /// watch caches start again with the new credentials. Nothing changes when any check fails.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="DuplicateClusterNameException"/>
    /// <exception cref="ValidationException">a field breaks its rules.</exception>
    /// <exception cref="KubeconfigRejectedException">the new kubeconfig is refused.</exception>
    /// <exception cref="InsecureConnectionNotAcceptedException">the new kubeconfig is http:// or skip-TLS, and the draft does not accept it.</exception>
    /// <exception cref="CredentialsNotReplacedException">the new kubeconfig failed its connection test.</exception>
    /// <exception cref="DuplicateServerException">the new kubeconfig's API server is another cluster's and the draft does not allow it.</exception>
    public async Task<ClusterSummary> EditAsync(Guid id, EditClusterDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        var current = await registry.FindAsync(id, cancellationToken);
        return await AuditedAsync(actor, AuditActions.ClusterEdit, id, current?.Name ?? draft.Name, async () =>
        {
            actor.Demand(Permission.ManageClusters);
            await EditValidator.ValidateAndThrowAsync(draft, cancellationToken);
            var cluster = current ?? throw new ClusterNotFoundException(id);
            var (credentials, probe) = draft.Kubeconfig is { } kubeconfig
                ? await TestCredentialsAsync(id, kubeconfig, draft, cancellationToken)
                : (null, null);

            var updated = await registry.UpdateAsync(id, new ClusterEdit(
                draft.Name?.Trim() ?? cluster.Name, draft.Provider ?? cluster.Provider, credentials), cancellationToken);
            if (probe is not null)
                await registry.RecordObservationAsync(id, Observation(probe), cancellationToken);
            clients.Invalidate(id);
            var message = $"Name '{updated.Name}', provider {updated.Provider}";
            if (credentials is not null)
                message += $"; kubeconfig replaced (context '{credentials.ContextName}', server {credentials.ServerUrl}" +
                           (ServerAddress.Same(credentials.ServerUrl, cluster.ServerUrl) ? "" : $", was {cluster.ServerUrl}") +
                           $"); connection test passed: Kubernetes {probe!.KubernetesVersion}, {probe.NodeCount} node(s)";
            return (await registry.FindAsync(id, cancellationToken) ?? updated, message);
        }, cancellationToken);
    }

    private async Task<(ClusterCredentials, ClusterProbe)> TestCredentialsAsync(Guid id, string kubeconfig, EditClusterDraft draft, CancellationToken cancellationToken)
    {
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfig, draft.Context);
        InsecureConnectionNotAcceptedException.ThrowUnlessAccepted(sanitized, draft.AcceptInsecureConnection);
        var sameServer = await SameServerAsync(sanitized.ServerUrl, id, cancellationToken);
        if (sameServer.Count > 0 && !draft.AllowDuplicateServer)
            throw new DuplicateServerException(sanitized.ServerUrl, sameServer, registering: false);
        var probe = await connector.ProbeAsync(sanitized.Yaml, sanitized.ContextName, cancellationToken);
        if (!probe.Reachable)
            throw new CredentialsNotReplacedException(probe.Error!);
        return (new ClusterCredentials(sanitized.Yaml, sanitized.ServerUrl, sanitized.ContextName), probe);
    }

    private ClusterObservation Observation(ClusterProbe probe) => new(
        probe.Reachable ? ClusterStatus.Reachable : ClusterStatus.Unreachable,
        clock.GetUtcNow(), probe.KubernetesVersion, probe.NodeCount, probe.Error, probe.DetectedProvider);

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

/// <summary>
/// The sanitised kubeconfig, the connection test and the other clusters registered with the same API server, before
/// anything is stored.
/// </summary>
public sealed record RegistrationCheck(SanitizedKubeconfig Kubeconfig, ClusterProbe Probe, IReadOnlyList<string> SameServer);

/// <summary>The cluster did not answer; the user may save it anyway by saying so.</summary>
public sealed class ClusterUnreachableException(string reason)
    : Exception($"{reason.TrimEnd('.')}. To register it anyway, tick 'Save even if unreachable' (API: \"saveIfUnreachable\": true).");
