using Bunit;
using Dashboard.Kubernetes.Resources;
using Dashboard.Web.Components.Objects;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components.Objects;

/// <summary>An object's events: the newest first, the older ones when the user asks for them.</summary>
public class EventListTests : MudBlazorTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    public EventListTests() => Services.AddSingleton(TimeProvider.System);

    private static ObjectEvents Events(int count) => new(
        [.. Enumerable.Range(0, count).Select(i => new EventInfo($"e{i}", i == 0 ? "Warning" : "Normal", $"Reason{i}", $"message {i}", 1, Now.AddMinutes(-i), Now.AddMinutes(-i), "ingress-nginx"))],
        null);

    [Fact]
    public void ALongHistoryShowsTheNewestTenUntilTheUserAsksForAll()
    {
        var list = Render<EventList>(p => p.Add(l => l.Events, Events(14)).Add(l => l.Kind, "Ingress"));

        list.FindAll("[data-testid=event]").Count.ShouldBe(10);
        list.FindAll("[data-testid=event-reason]")[0].TextContent.ShouldBe("Reason0");
        list.Find("[data-testid=event-warning]").TextContent.ShouldContain("Warning");
        list.Find("[data-testid=events-show-all]").TextContent.ShouldContain("Show all 14 events (4 older)");

        list.Find("[data-testid=events-show-all]").Click();

        list.FindAll("[data-testid=event]").Count.ShouldBe(14);
        list.FindAll("[data-testid=events-show-all]").ShouldBeEmpty();
    }

    [Fact]
    public void AShortHistoryIsShownWhole()
    {
        var list = Render<EventList>(p => p.Add(l => l.Events, Events(3)).Add(l => l.Kind, "Ingress"));

        list.FindAll("[data-testid=event]").Count.ShouldBe(3);
        list.FindAll("[data-testid=events-show-all]").ShouldBeEmpty();
    }
}
