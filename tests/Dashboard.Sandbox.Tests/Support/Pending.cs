namespace Dashboard.Sandbox.Tests.Support;

/// <summary>Checks that something a controller would write never comes.</summary>
public static class Pending
{
    /// <summary>
    /// Polls for 1.5 s, failing as soon as <paramref name="addressCount"/> is above zero, and returns
    /// the last read. The profile controller answers in milliseconds, so 1.5 s of nothing means
    /// nothing is coming.
    /// </summary>
    public static async Task<T> StaysWithoutAddressAsync<T>(Func<Task<T>> read, Func<T, int> addressCount, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(1.5);
        T last;
        do
        {
            last = await read();
            addressCount(last).ShouldBe(0, "an address was published where the platform has no controller for it");
            await Task.Delay(100, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        return last;
    }
}
