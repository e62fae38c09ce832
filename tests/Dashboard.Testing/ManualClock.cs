namespace Dashboard.Tests.Shared;

/// <summary>
/// A <see cref="TimeProvider"/> that moves only when told to (token expiry, session limits, audit times) without waiting.
/// Microsoft.Extensions.TimeProvider.Testing is not among the repository's packages, and this is all the tests need of it.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long utcTicks = start.UtcTicks;

    /// <summary>Starts at a fixed instant, so what a test writes down does not depend on when it runs.</summary>
    public ManualClock()
        : this(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);
}
