using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

/// <summary>A signed-in user is told which role a page needs, and the menu offers only pages the user can open.</summary>
public class PageAccessTests : MudBlazorTestContext
{
    [Theory]
    [InlineData("/users")]
    [InlineData("/audit?user=admin")]
    public void AViewerSentAwayFromAnAdminPageReadsThatItNeedsTheAdminRoleAndFindsTheWayBack(string asked)
    {
        AddAuthorization().SetAuthorized("vera").SetRoles(Roles.Viewer);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"forbidden?ReturnUrl={Uri.EscapeDataString(asked)}");

        var page = Render<Forbidden>();

        page.Find("[data-testid=no-access]").TextContent.ShouldContain("You do not have access to this page: it needs the admin role; ask an admin");
        page.Markup.ShouldContain("vera");
        page.Markup.ShouldNotContain("Sign in");
        page.Find("[data-testid=no-access-back]").GetAttribute("href").ShouldBe("clusters");
    }

    [Fact]
    public void AnAddressThatIsNoPageStillGetsAPlainRefusal()
    {
        AddAuthorization().SetAuthorized("vera").SetRoles(Roles.Viewer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("forbidden?ReturnUrl=https%3A%2F%2Fexample.com%2Fusers");

        var page = Render<Forbidden>();

        page.Find("[data-testid=no-access]").TextContent.ShouldContain("You do not have access to this page: your role may not open it");
    }

    [Fact]
    public void TheRolesComeFromThePagesOwnAuthorizeAttribute()
    {
        PageAccess.RolesRequiredBy(PageAccess.PageAt("/users")).ShouldBe([Roles.Admin]);
        PageAccess.RolesRequiredBy(PageAccess.PageAt("/audit")).ShouldBe([Roles.Admin]);
        PageAccess.RolesRequiredBy(PageAccess.PageAt("/clusters")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Roles.Viewer, new[] { "Clusters", "Support matrix" })]
    [InlineData(Roles.Operator, new[] { "Clusters", "Support matrix" })]
    [InlineData(Roles.Admin, new[] { "Clusters", "Support matrix", "Users", "Audit log" })]
    public void TheMenuOffersOnlyThePagesTheRoleCanOpen(string role, string[] offered)
    {
        AddAuthorization().SetAuthorized("someone").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.FindAll("a").Select(link => link.TextContent.Trim()).ShouldBe(offered);
        foreach (var link in menu.FindAll("a"))
        {
            var required = PageAccess.RolesRequiredBy(PageAccess.PageAt("/" + link.GetAttribute("href")));
            (required.Count == 0 || required.Contains(role)).ShouldBeTrue($"the menu offers {link.GetAttribute("href")} to a {role}");
        }
    }
}
