using System.Collections.Concurrent;

namespace Dashboard.Sandbox.Tests.Support;

/// <summary>
/// A sandbox per profile, started on first use and shared by one test class's Theory rows. Each
/// class gets its own set, so classes keep running in parallel.
/// </summary>
public sealed class ProfileClusters : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SandboxFixture>>> started = new(StringComparer.Ordinal);

    public Task<SandboxFixture> GetAsync(string profile) =>
        started.GetOrAdd(profile, name => new Lazy<Task<SandboxFixture>>(async () =>
        {
            var fixture = new SandboxFixture(name);
            await fixture.InitializeAsync();
            return fixture;
        })).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in started.Values)
        {
            await (await lazy.Value).DisposeAsync();
        }
    }
}
