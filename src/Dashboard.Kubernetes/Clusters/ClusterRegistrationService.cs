using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Kubernetes.Kubeconfigs;
using FluentValidation;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// Registering, editing and deleting clusters: the one path the register dialog, the HTTP API and start-up
/// registration (sandbox, auto-register) all take. Nothing is stored unless every check passed.
/// </summary>
public sealed class ClusterRegistrationService(
    IClusterRegistry registry,
    ClusterConnector connector,
    ClusterClients clients,
    IValidator<RegisterClusterDraft> validator,
    TimeProvider clock)
{
    /// <summary>Validates, sanitises and probes without storing: what the register dialog shows before Save.</summary>
    /// <exception cref="ValidationException">the draft's shape is wrong.</exception>
    /// <exception cref="KubeconfigRejectedException">the kubeconfig is refused.</exception>
    public async Task<RegistrationCheck> CheckAsync(RegisterClusterDraft draft, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(draft, cancellationToken);
        var sanitized = KubeconfigSanitizer.Sanitize(draft.Kubeconfig, draft.Context);
        var probe = await connector.ProbeAsync(sanitized.Yaml, sanitized.ContextName, cancellationToken);
        return new RegistrationCheck(sanitized, probe);
    }

    /// <exception cref="ValidationException"/>
    /// <exception cref="KubeconfigRejectedException"/>
    /// <exception cref="ClusterUnreachableException">the cluster did not answer and the draft does not say to save anyway.</exception>
    /// <exception cref="DuplicateClusterNameException"/>
    public async Task<ClusterSummary> RegisterAsync(RegisterClusterDraft draft, CancellationToken cancellationToken, string? sandboxProfile = null)
    {
        var check = await CheckAsync(draft, cancellationToken);
        if (!check.Probe.Reachable && !draft.SaveIfUnreachable)
            throw new ClusterUnreachableException(check.Probe.Error!);

        var probe = check.Probe;
        var observation = new ClusterObservation(
            probe.Reachable ? ClusterStatus.Reachable : ClusterStatus.Unreachable,
            clock.GetUtcNow(), probe.KubernetesVersion, probe.NodeCount, probe.Error);
        return await registry.RegisterAsync(new NewCluster(
            draft.Name.Trim(),
            draft.Provider ?? ProviderKind.Unknown,
            check.Kubeconfig.ServerUrl,
            check.Kubeconfig.ContextName,
            check.Kubeconfig.Yaml,
            sandboxProfile,
            observation), cancellationToken);
    }

    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="DuplicateClusterNameException"/>
    /// <exception cref="ValidationException">the new name breaks the naming rules.</exception>
    public async Task<ClusterSummary> UpdateAsync(Guid id, ClusterEdit edit, CancellationToken cancellationToken)
    {
        if (ClusterNameRules.Validate(edit.Name) is { } error)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(edit.Name), error)]);
        var updated = await registry.UpdateAsync(id, edit with { Name = edit.Name.Trim() }, cancellationToken);
        clients.Invalidate(id);
        return updated;
    }

    /// <summary>Replaces a cluster's kubeconfig (a sandbox on a new port, an auto-registered file that changed).</summary>
    public async Task ReplaceKubeconfigAsync(Guid id, string kubeconfig, string? context, CancellationToken cancellationToken)
    {
        var cluster = await registry.FindAsync(id, cancellationToken) ?? throw new ClusterNotFoundException(id);
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfig, context ?? cluster.ContextName);
        await registry.ReplaceKubeconfigAsync(id, sanitized.Yaml, sanitized.ServerUrl, cancellationToken);
        clients.Invalidate(id);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await registry.DeleteAsync(id, cancellationToken);
        clients.Invalidate(id);
        return deleted;
    }
}

/// <summary>The sanitised kubeconfig and the connection test, before anything is stored.</summary>
public sealed record RegistrationCheck(SanitizedKubeconfig Kubeconfig, ClusterProbe Probe);

/// <summary>The cluster did not answer; the user may save it anyway by saying so.</summary>
public sealed class ClusterUnreachableException(string reason)
    : Exception($"{reason.TrimEnd('.')}. To register it anyway, tick 'Save even if unreachable' (API: \"saveIfUnreachable\": true).");
