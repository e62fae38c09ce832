using AngleSharp.Dom;
using Bunit;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Audit page over the real audit log: server-side paging and filters.</summary>
public class AuditPageTests : SignedInPageTestContext
{
    private const int Registrations = 30;
    private const int UserCreations = 10;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var log = Services.GetRequiredService<IAuditLog>();
        for (var i = 0; i < Registrations; i++)
            await log.RecordAsync(new AuditEvent("alice", AuditActions.ClusterRegister, AuditOutcome.Success, $"Registered cluster-{i}", ClusterName: $"cluster-{i}"), Ct);
        for (var i = 0; i < UserCreations; i++)
            await log.RecordAsync(new AuditEvent("root", AuditActions.UserCreate, AuditOutcome.Failure, "<img src=x onerror=alert(1)>", ObjectName: $"user-{i}"), Ct);
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<Audit> page) => page.FindAll("tbody tr");

    [Fact]
    public async Task TheFirstPageShowsTheNewest25OfAllEntries()
    {
        await SignInAsNewUserAsync("audra", Roles.Admin);

        var page = Render<Audit>();

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25));
        Rows(page)[0].TextContent.ShouldContain(AuditActions.UserCreate); // newest first
        page.Markup.ShouldContain($"1-25 of {Registrations + UserCreations}");
    }

    [Fact]
    public async Task TheNextPageShowsTheRest()
    {
        await SignInAsNewUserAsync("audra", Roles.Admin);
        var page = Render<Audit>();
        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25));

        page.Find("button[aria-label='Next page']").Click();

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(Registrations + UserCreations - 25));
        Rows(page)[^1].TextContent.ShouldContain("cluster-0"); // the oldest
    }

    [Fact]
    public async Task FilteringByActionKeepsOnlyThatActionAndStartsAtPageOne()
    {
        await SignInAsNewUserAsync("audra", Roles.Admin);
        var page = Render<Audit>();
        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25));
        page.Find("button[aria-label='Next page']").Click();
        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(Registrations + UserCreations - 25));

        page.Find("[data-testid=filter-action]").Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForAssertion(() => Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == AuditActions.UserCreate).Click());

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(UserCreations));
        Rows(page).ShouldAllBe(row => row.TextContent.Contains(AuditActions.UserCreate));
        page.Markup.ShouldContain($"1-{UserCreations} of {UserCreations}");
    }

    [Fact]
    public async Task TheToDateIncludesTheWholeChosenDayAndNoMore()
    {
        await SignInAsNewUserAsync("audra", Roles.Admin);
        var recordedOn = (await Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Take: 1), Ct)).Entries[0].At.UtcDateTime.Date;
        var page = Render<Audit>();
        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25));
        var to = page.FindComponents<MudBlazor.MudDatePicker>()[1].Instance;

        await page.InvokeAsync(() => to.DateChanged.InvokeAsync(recordedOn.AddDays(-1)));
        page.WaitForAssertion(() => page.Markup.ShouldContain("No audit entries match these filters."));

        await page.InvokeAsync(() => to.DateChanged.InvokeAsync(recordedOn));
        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25));
    }

    [Fact]
    public async Task EntryTextIsRenderedAsTextNotMarkup()
    {
        await SignInAsNewUserAsync("audra", Roles.Admin);

        var page = Render<Audit>();

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25));
        page.FindAll("img").ShouldBeEmpty();
        Rows(page)[0].TextContent.ShouldContain("<img src=x onerror=alert(1)>");
    }

    [Fact]
    public async Task AnOperatorIsToldWhyAndSeesNoEntries()
    {
        await SignInAsNewUserAsync("otto", Roles.Operator);

        var page = Render<Audit>();

        page.WaitForAssertion(() => page.Find("[data-testid=audit-error]").TextContent.ShouldContain("which may not read the audit log"));
        page.Markup.ShouldNotContain("cluster-0");
    }
}
