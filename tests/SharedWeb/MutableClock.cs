namespace Dashboard.Tests.SharedWeb;

/// <summary>A clock a test moves forward (token expiry, session limits) without waiting.</summary>
internal sealed class MutableClock : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
