using Bunit;
using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Profile page over the real token store and audit log.</summary>
public class ProfilePageTests : SignedInPageTestContext
{
    private IApiTokenStore Store => Services.GetRequiredService<IApiTokenStore>();

    private Task<AuditPage> AuditOfAsync(string action) =>
        Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: action), Ct);

    [Fact]
    public async Task TheProfileShowsTheUserTheRoleAndTheWayToChangeThePassword()
    {
        await SignInAsNewUserAsync("olivia", Roles.Operator);

        var page = Render<Profile>();

        page.Find("[data-testid=profile-user-name]").TextContent.ShouldBe("olivia");
        page.Find("[data-testid=profile-role]").TextContent.ShouldBe(Roles.Operator);
        page.FindAll("a").Single(a => a.TextContent.Trim() == "Change password").GetAttribute("href").ShouldBe("account/change-password");
    }

    [Fact]
    public async Task TheProfileListsWhereTheUserIsSignedInAndOffersToSignOutEverywhere()
    {
        var olivia = await SignInAsNewUserAsync("olivia", Roles.Operator);
        var sessions = Services.GetRequiredService<IUserSessionStore>();
        await sessions.StartAsync(olivia.Id, new SessionClient("192.0.2.7", "Firefox on the laptop"), DateTimeOffset.UtcNow.AddHours(12), Ct);
        var ended = await sessions.StartAsync(olivia.Id, new SessionClient("198.51.100.9", "Chromium at home"), DateTimeOffset.UtcNow.AddHours(12), Ct);
        await sessions.EndAsync(ended, SessionEndReason.SignedOut, Ct);

        var page = Render<Profile>();

        var rows = page.FindAll("[data-testid=sessions] tbody tr");
        rows.ShouldHaveSingleItem().TextContent.ShouldContain("Firefox on the laptop");
        rows[0].TextContent.ShouldContain("192.0.2.7");
        page.Find("[data-testid=sign-out-everywhere]").Closest("form")!.GetAttribute("action").ShouldBe("account/logout-everywhere");
    }

    [Fact]
    public async Task CreatingATokenShowsTheSecretOnceThenListsItByPrefixOnly()
    {
        var olivia = await SignInAsNewUserAsync("olivia", Roles.Operator);
        var page = Render<Profile>();

        page.Find("[data-testid=create-token]").Click();
        Dialogs.WaitForElement("input[data-testid=token-name]").Input("ci-pipeline");
        ButtonWithText(Dialogs, "Create").Click();

        var secret = Dialogs.WaitForElement("[data-testid=api-token-secret]").TextContent;
        secret.ShouldStartWith("dbt_");
        Dialogs.Find("[data-testid=api-token-curl]").TextContent
            .ShouldBe($"curl -H \"Authorization: Bearer {secret}\" http://localhost/api/v1/clusters");
        ButtonWithText(Dialogs, "Done").Click();

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid=api-token-secret]").ShouldBeEmpty());
        var row = page.WaitForElement("tbody tr");
        row.TextContent.ShouldContain("ci-pipeline");
        row.TextContent.ShouldContain($"{secret[..8]}…");
        row.TextContent.ShouldContain("Active");
        page.Markup.ShouldNotContain(secret);
        Dialogs.Markup.ShouldNotContain(secret);
        (await Store.ValidateAsync(secret, Ct)).ShouldNotBeNull().UserId.ShouldBe(olivia.Id);
        var audited = (await AuditOfAsync(AuditActions.TokenCreate)).Entries.ShouldHaveSingleItem();
        (audited.Actor, audited.ObjectName, audited.Outcome).ShouldBe(("olivia", "ci-pipeline", AuditOutcome.Success));
        audited.Message.ShouldNotBeNull().ShouldNotContain(secret);
    }

    [Fact]
    public async Task ATokenWithoutANameCannotBeCreated()
    {
        await SignInAsNewUserAsync("olivia", Roles.Operator);
        var page = Render<Profile>();

        page.Find("[data-testid=create-token]").Click();
        Dialogs.WaitForElement("input[data-testid=token-name]").Input("   ");

        ButtonWithText(Dialogs, "Create").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task RevokingATokenAsksFirstThenMarksItRevokedAndItStopsWorking()
    {
        var olivia = await SignInAsNewUserAsync("olivia", Roles.Operator);
        var issued = await Store.IssueAsync(olivia.Id, "laptop", ApiTokenKind.Named, null, Ct);
        var page = Render<Profile>();

        page.Find("button[aria-label='Revoke laptop']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Markup.ShouldContain("Revoke laptop?"));
        ButtonWithText(Dialogs, "Revoke").Click();

        page.WaitForAssertion(() => page.Find("tbody tr").TextContent.ShouldContain("Revoked"));
        page.FindAll("button[aria-label='Revoke laptop']").ShouldBeEmpty();
        (await Store.ValidateAsync(issued.Secret, Ct)).ShouldBeNull();
        var audited = (await AuditOfAsync(AuditActions.TokenRevoke)).Entries.ShouldHaveSingleItem();
        (audited.Actor, audited.ObjectName, audited.Outcome).ShouldBe(("olivia", "laptop", AuditOutcome.Success));
    }

    [Fact]
    public async Task AnotherUsersTokenCannotBeRevoked()
    {
        var olivia = await SignInAsNewUserAsync("olivia", Roles.Operator);
        var mallory = await CreateUserAsync("mallory", Roles.Operator);
        var theirs = await Store.IssueAsync(mallory.Id, "theirs", ApiTokenKind.Named, null, Ct);
        var service = Services.GetRequiredService<ApiTokenService>();

        await Should.ThrowAsync<ApiTokenRefusedException>(() =>
            service.RevokeAsync(new Actor(olivia.Id, "olivia", Roles.Operator), theirs.Token.Id, Ct));

        (await Store.ValidateAsync(theirs.Secret, Ct)).ShouldNotBeNull();
        (await AuditOfAsync(AuditActions.TokenRevoke)).Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }
}
