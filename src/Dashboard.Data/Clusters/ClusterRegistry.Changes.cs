using Dashboard.Core.Clusters;
using Dashboard.Data.Entities;
using Dashboard.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Clusters;

/// <summary>The writes of <see cref="ClusterRegistry"/>: register, edit, replace, delete, observe.</summary>
internal sealed partial class ClusterRegistry
{
    public async Task<ClusterSummary> RegisterAsync(NewCluster cluster, CancellationToken cancellationToken)
    {
        var name = RequireName(cluster.Name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Checked first for the common case; SaveAsync also translates the index violation of a race.
        if (await db.Clusters.AnyAsync(c => c.Name == name, cancellationToken))
            throw new DuplicateClusterNameException(name);

        var now = time.GetUtcNow();
        var entity = new ClusterEntity
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            Provider = cluster.Provider,
            ServerUrl = cluster.ServerUrl,
            ContextName = cluster.ContextName,
            ProtectedKubeconfig = _protector.Protect(cluster.Kubeconfig),
            CreatedAt = now,
            UpdatedAt = now,
            SandboxProfile = cluster.SandboxProfile,
        };
        if (cluster.Observation is { } observation)
            Apply(observation, entity);
        db.Clusters.Add(entity);

        if (cluster.SandboxProfile is { } profile
            && !await db.SandboxRegistrations.AnyAsync(r => r.Profile == profile, cancellationToken))
            db.SandboxRegistrations.Add(new SandboxRegistrationEntity { Profile = profile, RegisteredAt = now });

        await SaveAsync(db, name, cancellationToken);
        return entity.ToSummary();
    }

    public async Task<ClusterSummary> UpdateAsync(Guid id, ClusterEdit edit, CancellationToken cancellationToken)
    {
        var name = RequireName(edit.Name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Clusters.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new ClusterNotFoundException(id);
        // Another cluster's name in any case is taken; changing only the case of its own name is fine.
        if (await db.Clusters.AnyAsync(c => c.Id != id && c.Name == name, cancellationToken))
            throw new DuplicateClusterNameException(name);

        entity.Name = name;
        entity.Provider = edit.Provider;
        if (edit.Credentials is { } credentials)
        {
            // Name, kind and credentials change in one write: a refused rename never leaves a half-replaced kubeconfig.
            entity.ProtectedKubeconfig = _protector.Protect(credentials.Kubeconfig);
            entity.ServerUrl = credentials.ServerUrl;
            entity.ContextName = credentials.ContextName;
        }
        entity.UpdatedAt = time.GetUtcNow();
        await SaveAsync(db, name, cancellationToken);
        return entity.ToSummary();
    }

    public async Task ReplaceKubeconfigAsync(
        Guid id, string kubeconfig, string serverUrl, CancellationToken cancellationToken)
    {
        var protectedKubeconfig = _protector.Protect(kubeconfig);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Clusters.Where(c => c.Id == id).ExecuteUpdateAsync(
            set => set
                .SetProperty(c => c.ProtectedKubeconfig, protectedKubeconfig)
                .SetProperty(c => c.ServerUrl, serverUrl)
                .SetProperty(c => c.UpdatedAt, now),
            cancellationToken);
        if (updated == 0)
            throw new ClusterNotFoundException(id);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        // Deleting the row deletes the only copy of the secret; secure_delete (see SecureDeleteInterceptor)
        // makes SQLite overwrite it instead of leaving it in a free page. SandboxRegistrations stay.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Clusters.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task RecordObservationAsync(
        Guid id, ClusterObservation observation, CancellationToken cancellationToken)
    {
        // Stored as observed: an unreachable cluster has no version or node count now, and says so.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Clusters.Where(c => c.Id == id).ExecuteUpdateAsync(
            set =>
            {
                set.SetProperty(c => c.Status, observation.Status)
                    .SetProperty(c => c.LastSeenAt, observation.SeenAt)
                    .SetProperty(c => c.KubernetesVersion, observation.KubernetesVersion)
                    .SetProperty(c => c.NodeCount, observation.NodeCount)
                    .SetProperty(c => c.LastError, observation.Error);
                if (observation.DetectedProvider is { } detected)
                    set.SetProperty(c => c.DetectedProvider, detected);
            },
            cancellationToken);
    }

    private static void Apply(ClusterObservation observation, ClusterEntity entity)
    {
        entity.Status = observation.Status;
        entity.LastSeenAt = observation.SeenAt;
        entity.KubernetesVersion = observation.KubernetesVersion;
        entity.NodeCount = observation.NodeCount;
        entity.LastError = observation.Error;
        entity.DetectedProvider = observation.DetectedProvider ?? entity.DetectedProvider;
    }

    /// <summary>The caller validates names; this only refuses to store an empty one.</summary>
    private static string RequireName(string name)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? throw new ArgumentException("A cluster needs a non-empty name.", nameof(name))
            : trimmed;
    }

    private static async Task SaveAsync(DashboardDbContext db, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (SqliteConstraintErrors.IsUniqueViolation(e, "Clusters", "Name"))
        {
            // Another registration took the name between our check and this write.
            throw new DuplicateClusterNameException(name);
        }
    }
}
