namespace Dashboard.Benchmarks.UiTier;

/// <summary>Runs an async cleanup at the end of an `await using` scope.</summary>
internal sealed class AsyncDisposer(Func<ValueTask> dispose) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => dispose();
}
