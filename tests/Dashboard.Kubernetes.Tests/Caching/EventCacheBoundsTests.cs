using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Tests.Caching;

/// <summary>The event store's bounds: newest N per object, and a total over which the quietest objects go first.</summary>
public sealed class EventCacheBoundsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static EventEntry Event(string about, int minute, string? name = null)
    {
        name ??= $"{about}.{minute}";
        return new EventEntry(new ObjectKey("default", name), new InvolvedObject("Service", "default", about),
            new EventInfo(name, "Normal", $"R{minute}", "m", 1, T0.AddMinutes(minute), T0.AddMinutes(minute), null));
    }

    [Fact]
    public void AnObjectKeepsItsNewestEventsAndAnOlderOneDoesNotPushANewerOneOut()
    {
        var cache = new EventCache(() => { }, perObject: 3, totalLimit: 100);
        foreach (var minute in new[] { 5, 1, 9, 7 })
            cache.Set(Event("web", minute).Key, Event("web", minute));

        cache.Set(Event("web", 0).Key, Event("web", 0));

        cache.Of(new InvolvedObject("Service", "default", "web")).Select(e => e.Info.Reason).ShouldBe(["R9", "R7", "R5"]);
        cache.Count.ShouldBe(3);
    }

    [Fact]
    public void OverTheTotalTheObjectsQuietTheLongestAreDroppedFirst()
    {
        var cache = new EventCache(() => { }, perObject: 5, totalLimit: 10);
        for (var i = 0; i < 4; i++)
            cache.Set(Event("old", i).Key, Event("old", i));
        for (var i = 10; i < 14; i++)
            cache.Set(Event("busy", i).Key, Event("busy", i));
        for (var i = 20; i < 23; i++)
            cache.Set(Event("newest", i).Key, Event("newest", i));

        cache.Count.ShouldBeLessThanOrEqualTo(10);
        cache.Of(new InvolvedObject("Service", "default", "old")).ShouldBeEmpty();
        cache.Of(new InvolvedObject("Service", "default", "busy")).Length.ShouldBe(4);
        cache.Of(new InvolvedObject("Service", "default", "newest")).Length.ShouldBe(3);
    }

    [Fact]
    public void AnUpdatedEventMovesToTheTopAndADeletedOneLeaves()
    {
        var cache = new EventCache(() => { });
        cache.Set(Event("web", 1, "a").Key, Event("web", 1, "a"));
        cache.Set(Event("web", 2, "b").Key, Event("web", 2, "b"));

        cache.Set(Event("web", 3, "a").Key, Event("web", 3, "a"));
        var web = new InvolvedObject("Service", "default", "web");
        cache.Of(web).Select(e => e.Info.Id).ShouldBe(["a", "b"]);

        cache.Remove(new ObjectKey("default", "a"));
        cache.Of(web).Select(e => e.Info.Id).ShouldBe(["b"]);
        cache.Count.ShouldBe(1);
    }
}
