namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>Waits for what a watch brings in, without fixed sleeps.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
                return value;
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    public static Task<T> ReturnsAsync<T>(Func<T> probe, Func<T, bool> done, int timeoutMs = 5000) =>
        ReturnsAsync(() => Task.FromResult(probe()), done, timeoutMs);
}
