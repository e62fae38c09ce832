using System.Threading.Channels;

namespace Dashboard.Sandbox.Store;

/// <summary>One watcher's buffered view of the event stream.</summary>
internal sealed class WatchSubscription : IDisposable
{
    private readonly WatchHub hub;
    private readonly Func<StoreEvent, WatchEvent?> translate;
    private readonly Channel<WatchEvent> channel;

    public WatchSubscription(WatchHub hub, Func<StoreEvent, WatchEvent?> translate, int? capacity)
    {
        this.hub = hub;
        this.translate = translate;
        channel = capacity is { } bounded
            ? Channel.CreateBounded<WatchEvent>(new BoundedChannelOptions(bounded) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait })
            : Channel.CreateUnbounded<WatchEvent>(new UnboundedChannelOptions { SingleReader = true });
    }

    public ChannelReader<WatchEvent> Reader => channel.Reader;

    /// <summary>True when the buffer overflowed and the stream was cut.</summary>
    public bool Overflowed { get; private set; }

    internal void Offer(StoreEvent change)
    {
        if (translate(change) is not { } seen || channel.Writer.TryWrite(seen))
        {
            return;
        }

        // Never block the writer on a slow reader: drop this watcher instead.
        Overflowed = true;
        Close();
        hub.Remove(this);
    }

    internal void Close() => channel.Writer.TryComplete();

    public void Dispose()
    {
        hub.Remove(this);
        Close();
    }
}
