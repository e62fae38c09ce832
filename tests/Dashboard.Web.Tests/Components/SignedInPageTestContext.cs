using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Dashboard.Data;
using Dashboard.Data.Users;
using Dashboard.Tests.Shared;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// Pages over the real services: the registry, token store and audit log on SQLite in a temp file, Identity on the
/// same database, and a signed-in user whose NameIdentifier is a real user's id (CurrentActor resolves it there).
/// </summary>
public abstract class SignedInPageTestContext : MudBlazorTestContext, IAsyncLifetime
{
    private readonly TempDirectory data = new();

    protected SignedInPageTestContext()
    {
        Services.AddLogging();
        Services.AddDashboardData(DataPaths.DefaultConnectionString(data.Path), DataPaths.DefaultKeysDirectory(data.Path));
        // The app's own rules (length over composition), so the generated one-time passwords pass as they do there.
        Services.AddIdentityCore<DashboardUser>(SecurityServiceCollectionExtensions.PasswordAndLockoutRules)
            .AddEntityFrameworkStores<DashboardDbContext>();
        Services.AddScoped<ActorResolver>();
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<UserAdministration>();
        Services.AddSingleton<FailedSignIns>(); // a reset clears its counts
        Services.AddScoped<ApiTokenService>();
        Services.AddHttpContextAccessor();
        Services.AddScoped<OwnSessions>();
        Authorization = AddAuthorization();
    }

    protected Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Where open selects and menus render their items.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    protected UserManager<DashboardUser> UserManager => Services.GetRequiredService<UserManager<DashboardUser>>();

    public virtual async ValueTask InitializeAsync()
    {
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
        Popovers = RenderPopoverProvider();
        Render<MudSnackbarProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    /// <summary>A user as an admin would have made it, minus the one-time password: ready to act.</summary>
    protected async Task<DashboardUser> CreateUserAsync(string userName, string role)
    {
        var user = new DashboardUser(userName) { Role = role, CreatedAt = DateTimeOffset.UtcNow };
        var result = await UserManager.CreateAsync(user, "a long enough passphrase");
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    protected async Task<DashboardUser> SignInAsNewUserAsync(string userName, string role)
    {
        var user = await CreateUserAsync(userName, role);
        Authorization.SetAuthorized(userName);
        Authorization.SetRoles(role);
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
        return user;
    }

    /// <summary>The one button (in a page or a dialog) whose text is exactly this.</summary>
    protected static IElement ButtonWithText<TComponent>(IRenderedComponent<TComponent> rendered, string text)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindAll("button").Single(b => b.TextContent.Trim() == text);

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        data.Dispose();
    }
}
