using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Failed sign-ins counted per (typed user name, client address), in memory: after
/// <see cref="SignInOptions.MaxFailures"/> that pair is refused for <see cref="SignInOptions.FailureLockout"/>, and the
/// same name from another address is not (docs/decisions/0013-sign-in-throttling.md). Keyed by what was typed, so a
/// name that does not exist is refused the same way as one that does.
/// </summary>
public sealed class FailedSignIns(IOptions<SignInOptions> options, TimeProvider clock)
{
    /// <summary>Pairs kept at most; past it, pairs whose count has lapsed go first, then the oldest.</summary>
    public const int MaxTrackedPairs = 100_000;

    private readonly Dictionary<(string UserName, string Client), Failures> pairs = [];
    private readonly Lock gate = new();

    private SignInOptions Settings => options.Value;

    /// <summary>How long the pair is still refused; null when it may try.</summary>
    public TimeSpan? RetryAfter(string userName, string client)
    {
        var now = clock.GetUtcNow();
        lock (gate)
            return pairs.TryGetValue((SignInAttempt.Normalize(userName), client), out var failures) && failures.LockedUntil > now
                ? failures.LockedUntil - now
                : null;
    }

    public void RecordFailure(string userName, string client)
    {
        var now = clock.GetUtcNow();
        var key = (SignInAttempt.Normalize(userName), client);
        lock (gate)
        {
            if (!pairs.TryGetValue(key, out var failures) || failures.HasLapsed(now, Settings.FailureLockout))
            {
                if (pairs.Count >= MaxTrackedPairs)
                    MakeRoom(now);
                failures = new Failures { Since = now };
                pairs[key] = failures;
            }
            failures.Count++;
            if (failures.Count >= Settings.MaxFailures)
            {
                failures.LockedUntil = now + Settings.FailureLockout;
                failures.Count = 0;
                failures.Since = now;
            }
        }
    }

    /// <summary>A right password from this address: its count starts again.</summary>
    public void Forget(string userName, string client)
    {
        lock (gate)
            pairs.Remove((SignInAttempt.Normalize(userName), client));
    }

    /// <summary>An admin reset the user's password: every address may try again at once.</summary>
    public void ForgetUser(string userName)
    {
        var name = SignInAttempt.Normalize(userName);
        lock (gate)
            foreach (var key in pairs.Keys.Where(k => k.UserName == name).ToList())
                pairs.Remove(key);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var key in pairs.Where(p => p.Value.HasLapsed(now, Settings.FailureLockout)).Select(p => p.Key).ToList())
            pairs.Remove(key);
        if (pairs.Count < MaxTrackedPairs)
            return;
        foreach (var key in pairs.Where(p => p.Value.LockedUntil <= now).OrderBy(p => p.Value.Since).Take(pairs.Count / 10 + 1).Select(p => p.Key).ToList())
            pairs.Remove(key);
    }

    private sealed class Failures
    {
        public int Count { get; set; }

        /// <summary>When the current count began; it lapses one lockout length later.</summary>
        public DateTimeOffset Since { get; set; }

        public DateTimeOffset LockedUntil { get; set; }

        public bool HasLapsed(DateTimeOffset now, TimeSpan window) => LockedUntil <= now && now - Since >= window;
    }
}
