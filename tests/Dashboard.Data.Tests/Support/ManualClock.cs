namespace Dashboard.Data.Tests.Support;

/// <summary>
/// A <see cref="TimeProvider"/> that moves only when told to (Microsoft.Extensions.TimeProvider.Testing is
/// not among the repository's packages, and this is all the tests need of it).
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public ManualClock()
        : this(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
