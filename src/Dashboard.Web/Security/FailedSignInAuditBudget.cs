using Dashboard.Core.Auditing;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Keeps failed sign-ins from growing the audit log without bound: per client address and minute, the first
/// <see cref="SignInOptions.AuditedFailuresPerMinute"/> get a row each; the rest (refusals by the rate limiter too)
/// are counted and written as one row when the minute is over ("37 more failed sign-ins from 127.0.0.2 in the last
/// minute"). The minute is the app's clock; a sweep closes minutes that saw no later attempt, and stopping the app
/// writes what is still counted.
/// </summary>
public sealed class FailedSignInAuditBudget(IOptions<SignInOptions> options, IAuditLog audit, TimeProvider clock, ILogger<FailedSignInAuditBudget> logger)
    : BackgroundService
{
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>How often closed minutes are looked for (real time: cheap, and a summary is never long late).</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    /// <summary>The audit actor of a summary row: it stands for many typed names.</summary>
    public const string SummaryActor = "system";

    private readonly Dictionary<string, Tally> minutes = [];
    private readonly Lock gate = new();

    /// <summary>True when this failure may have a row of its own; otherwise it is counted for the summary.</summary>
    public bool TryTake(string clientAddress)
    {
        lock (gate)
        {
            var tally = Current(clientAddress);
            if (tally.Written < options.Value.AuditedFailuresPerMinute)
            {
                tally.Written++;
                return true;
            }
            tally.Counted++;
            return false;
        }
    }

    /// <summary>A sign-in refused before it reached the password check (the rate limiter): counted, never a row of its own.</summary>
    public void Count(string clientAddress)
    {
        lock (gate)
            Current(clientAddress).Counted++;
    }

    /// <summary>Writes a summary for every minute that is over (all of them when <paramref name="all"/>).</summary>
    public async Task WriteSummariesAsync(bool all, CancellationToken cancellationToken)
    {
        List<(string Client, int Counted)> due;
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var over = minutes.Where(m => all || now - m.Value.Start >= Minute).ToList();
            foreach (var (client, _) in over)
                minutes.Remove(client);
            due = [.. over.Where(m => m.Value.Counted > 0).Select(m => (m.Key, m.Value.Counted))];
        }
        foreach (var (client, counted) in due)
            await audit.RecordAsync(new AuditEvent(SummaryActor, AuditActions.LoginFailed, AuditOutcome.Failure,
                $"{counted} more failed sign-in{(counted == 1 ? "" : "s")} from {client} in the last minute"), cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await SweepAsync(all: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SweepAsync(all: true, cancellationToken);
    }

    private async Task SweepAsync(bool all, CancellationToken cancellationToken)
    {
        try
        {
            await WriteSummariesAsync(all, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not write the summary of failed sign-ins to the audit log; it is tried again in {Interval}", SweepInterval);
        }
    }

    /// <summary>The client's tally for this minute; a minute that is over is first queued for its summary.</summary>
    private Tally Current(string client)
    {
        var now = clock.GetUtcNow();
        if (minutes.TryGetValue(client, out var tally) && now - tally.Start < Minute)
            return tally;
        if (tally is { Counted: > 0 })
            return tally; // the sweep writes its summary first; the next minute starts after it
        tally = new Tally { Start = now };
        minutes[client] = tally;
        return tally;
    }

    private sealed class Tally
    {
        public DateTimeOffset Start { get; init; }

        public int Written { get; set; }

        public int Counted { get; set; }
    }
}
