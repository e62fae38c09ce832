namespace Dashboard.Tests.Shared;

/// <summary>Waits for what a background controller or a watch brings in, without fixed sleeps: polls every 25 ms until done or the time is up, then returns the last value for the test to assert on.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, CancellationToken cancellationToken, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
                return value;
            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>As above, cancelled with the running test.</summary>
    public static Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int timeoutMs = 5000) =>
        ReturnsAsync(probe, done, TestContext.Current.CancellationToken, timeoutMs);

    public static Task<T> ReturnsAsync<T>(Func<T> probe, Func<T, bool> done, int timeoutMs = 5000) =>
        ReturnsAsync(() => Task.FromResult(probe()), done, TestContext.Current.CancellationToken, timeoutMs);
}
