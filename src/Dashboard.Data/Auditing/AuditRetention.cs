using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Auditing;

/// <summary>
/// Deletes audit rows older than <see cref="AuditOptions.Retention"/> (by the injected clock), in batches, a minute
/// after start and then every hour. The time column is indexed, so finding the old rows is cheap.
/// </summary>
public sealed class AuditRetention(
    IDbContextFactory<DashboardDbContext> contexts, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetention> logger)
    : BackgroundService
{
    /// <summary>After start-up work (the schema may not exist before it) and out of its way.</summary>
    public static readonly TimeSpan FirstSweepDelay = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    /// <returns>How many rows were deleted.</returns>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        var batch = options.Value.RetentionBatchSize;
        var deleted = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var count = await db.AuditEntries.Where(e => e.At < cutoff).OrderBy(e => e.Id).Take(batch).ExecuteDeleteAsync(cancellationToken);
            deleted += count;
            if (count < batch)
                return deleted;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstSweepDelay, stoppingToken);
            using var timer = new PeriodicTimer(SweepInterval);
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await DeleteExpiredAsync(cancellationToken);
            if (deleted > 0)
                logger.LogInformation("Deleted {Count} audit entries older than {Retention} (Dashboard:Audit:Retention)", deleted, options.Value.Retention);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not delete old audit entries; trying again in {Interval}", SweepInterval);
        }
    }
}
