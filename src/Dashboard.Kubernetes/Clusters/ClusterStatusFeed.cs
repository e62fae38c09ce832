using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// "Cluster X may look different now" (its status, version, node count, name or kind), one feed for the whole process:
/// every open clusters list subscribes here instead of polling, so a thousand open lists cost a thousand delegates,
/// not a thousand timers. Subscribers are called on a thread-pool thread, never on the publisher's.
/// </summary>
public sealed partial class ClusterStatusFeed(ILogger<ClusterStatusFeed> logger)
{
    private ImmutableArray<Subscription> subscriptions = [];

    public int SubscriberCount => subscriptions.Length;

    /// <summary>Calls <paramref name="changed"/> with the cluster's id after each change until the result is disposed.</summary>
    public IDisposable Subscribe(Action<Guid> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var subscription = new Subscription(this, changed);
        ImmutableInterlocked.Update(ref subscriptions, all => all.Add(subscription));
        return subscription;
    }

    public void Publish(Guid clusterId)
    {
        var current = subscriptions;
        if (current.IsEmpty)
            return;
        ThreadPool.QueueUserWorkItem(state => Deliver(state.Subscribers, state.ClusterId), (Subscribers: current, ClusterId: clusterId), preferLocal: false);
    }

    private void Deliver(ImmutableArray<Subscription> subscribers, Guid clusterId)
    {
        foreach (var subscription in subscribers)
        {
            try
            {
                subscription.Changed(clusterId);
            }
            catch (Exception e)
            {
                // On a thread-pool thread an exception would end the process; one broken page must not do that.
                LogSubscriberFailed(e, clusterId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A clusters list subscriber failed on the change of cluster {ClusterId}")]
    private partial void LogSubscriberFailed(Exception exception, Guid clusterId);

    private sealed class Subscription(ClusterStatusFeed feed, Action<Guid> changed) : IDisposable
    {
        public void Changed(Guid clusterId) => changed(clusterId);

        public void Dispose() => ImmutableInterlocked.Update(ref feed.subscriptions, all => all.Remove(this));
    }
}
