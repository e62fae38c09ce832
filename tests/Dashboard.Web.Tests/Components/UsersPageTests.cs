using AngleSharp.Dom;
using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Users page over UserAdministration, Identity and the audit log on SQLite.</summary>
public class UsersPageTests : SignedInPageTestContext
{
    private static IElement RowOf(IRenderedComponent<Users> page, string userName) =>
        page.FindAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == userName);

    [Fact]
    public async Task TheUsersAreListedWithTheirRoleAndStatus()
    {
        await SignInAsNewUserAsync("root", Roles.Admin);
        await CreateUserAsync("olga", Roles.Operator);

        var page = Render<Users>();

        page.Find("[data-testid=users-table]").QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        var olga = RowOf(page, "olga").TextContent;
        olga.ShouldContain(Roles.Operator);
        olga.ShouldContain("Enabled");
        olga.ShouldContain("never"); // last login
    }

    [Fact]
    public async Task CreatingAUserShowsItsOneTimePasswordOnceAndListsItAsHavingToChangeIt()
    {
        await SignInAsNewUserAsync("root", Roles.Admin);
        var page = Render<Users>();

        page.Find("[data-testid=create-user]").Click();
        Dialogs.WaitForElement("input[data-testid=new-user-name]").Input("alice");
        Dialogs.Find("[data-testid=role-select]").Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForAssertion(() => Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == Roles.Operator).Click());
        ButtonWithText(Dialogs, "Create").Click();

        var shown = Dialogs.WaitForElement("[data-testid=one-time-password]").TextContent;
        shown.Length.ShouldBe(20);
        Dialogs.Markup.ShouldContain("Give this to the user; it is shown only now. They must change it at first sign-in.");
        ButtonWithText(Dialogs, "Copy").Click();
        JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.ShouldBe([shown]);

        ButtonWithText(Dialogs, "Done").Click();

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid=one-time-password]").ShouldBeEmpty());
        page.WaitForAssertion(() => RowOf(page, "alice").TextContent.ShouldContain("Must change password"));
        RowOf(page, "alice").TextContent.ShouldContain(Roles.Operator);
        page.Markup.ShouldNotContain(shown);
        Dialogs.Markup.ShouldNotContain(shown);
        var alice = (await UserManager.FindByNameAsync("alice")).ShouldNotBeNull();
        (await UserManager.CheckPasswordAsync(alice, shown)).ShouldBeTrue();
    }

    [Fact]
    public async Task DisablingAUserAsksFirstByNameThenMarksItDisabled()
    {
        await SignInAsNewUserAsync("root", Roles.Admin);
        await CreateUserAsync("bob", Roles.Viewer);
        var page = Render<Users>();

        page.Find("button[aria-label='Disable bob']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("Disable bob?"));
        ButtonWithText(Dialogs, "Disable bob").Click();

        page.WaitForAssertion(() => RowOf(page, "bob").TextContent.ShouldContain("Disabled"));
        page.Find("button[aria-label='Enable bob']").ShouldNotBeNull();
        (await UserManager.FindByNameAsync("bob")).ShouldNotBeNull().IsDisabled.ShouldBeTrue();
    }

    [Fact]
    public async Task ResettingAPasswordAsksFirstThenShowsTheNewOneTimePasswordOnce()
    {
        await SignInAsNewUserAsync("root", Roles.Admin);
        await CreateUserAsync("bob", Roles.Viewer);
        var page = Render<Users>();

        page.Find("button[aria-label='Reset password of bob']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("Reset the password of bob?"));
        ButtonWithText(Dialogs, "Reset password").Click();

        var shown = Dialogs.WaitForElement("[data-testid=one-time-password]").TextContent;
        ButtonWithText(Dialogs, "Done").Click();
        page.WaitForAssertion(() => RowOf(page, "bob").TextContent.ShouldContain("Must change password"));
        Dialogs.Markup.ShouldNotContain(shown);
        var bob = (await UserManager.FindByNameAsync("bob")).ShouldNotBeNull();
        (await UserManager.CheckPasswordAsync(bob, shown)).ShouldBeTrue();
    }

    [Fact]
    public async Task DisablingYourselfIsRefusedWithTheReason()
    {
        await SignInAsNewUserAsync("root", Roles.Admin);
        var page = Render<Users>();

        page.Find("button[aria-label='Disable root']").Click();
        ButtonWithText(Dialogs, "Disable root").Click();

        page.WaitForAssertion(() => Services.GetRequiredService<MudBlazor.ISnackbar>().ShownSnackbars
            .ShouldContain(s => s.Message != null && s.Message.Contains("You cannot disable yourself", StringComparison.Ordinal)));
        RowOf(page, "root").TextContent.ShouldContain("Enabled");
    }

    [Fact]
    public async Task AViewerIsToldWhyAndSeesNoList()
    {
        await CreateUserAsync("zelda-the-admin", Roles.Admin);
        await SignInAsNewUserAsync("vera", Roles.Viewer);

        var page = Render<Users>();

        page.Find("[data-testid=users-error]").TextContent.ShouldContain("User 'vera' has the role 'viewer', which may not manage users.");
        page.FindAll("[data-testid=users-table]").ShouldBeEmpty();
        page.Markup.ShouldNotContain("zelda-the-admin");
        page.FindAll("[data-testid=create-user]").ShouldBeEmpty();
    }
}
