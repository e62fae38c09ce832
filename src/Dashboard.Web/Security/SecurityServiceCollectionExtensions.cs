using Dashboard.Core.Security;
using Dashboard.Data;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Cookie for the UI, bearer token for /api, by the request's shape.</summary>
    public const string CookieOrToken = "CookieOrToken";

    /// <summary>The shortest password Identity accepts here (the configured first admin's too).</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>Users (ASP.NET Core Identity on the registry's SQLite), sessions, API tokens, and the rule that nothing is anonymous.</summary>
    public static WebApplicationBuilder AddDashboardSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrToken;
                options.DefaultChallengeScheme = CookieOrToken;
            })
            .AddPolicyScheme(CookieOrToken, "Cookie (UI) or bearer token (API)", options => options.ForwardDefaultSelector = context =>
                // The API takes tokens only: a cookie there would make every browser tab a CSRF vector.
                context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<DashboardUser>(PasswordAndLockoutRules)
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DashboardClaims>()
            .AddDefaultTokenProviders();

        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>, IServer, IConfiguration>((cookie, security, server, configuration) =>
            {
                cookie.LoginPath = "/login";
                cookie.AccessDeniedPath = "/forbidden"; // signed in, but the role may not open the page
                cookie.Cookie.Name = "dashboard.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = PlainHttpOnLoopback.IsTheCase(server, configuration)
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                // The ticket lives as long as a session may; idleness is the server-side session's to judge, as
                // it also sees what the user does in an open tab, which sends no requests.
                cookie.ExpireTimeSpan = security.Value.AbsoluteTimeout;
                cookie.SlidingExpiration = false;
                cookie.EventsType = typeof(SessionCookieEvents);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingUserStateProvider>();

        services.AddScoped<SessionValidation>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<ActorResolver>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<AdminBootstrap>();
        services.AddSignInRateLimiting();

        // A year, as browsers' preload lists expect; never sent for localhost or over HTTP.
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((forwarded, security) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.KnownProxies)
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        return builder;
    }

    /// <summary>
    /// Length over composition rules (NIST 800-63B). Identity's lockout stays enabled so a lockout end on a user is
    /// honoured (and cleared by a reset), but failures no longer count towards it: <see cref="AccountSignIn"/> counts
    /// them per user name and client address instead (docs/decisions/0013-sign-in-throttling.md).
    /// </summary>
    public static void PasswordAndLockoutRules(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
    }

    /// <summary>The security part of the pipeline, in order: proxy headers, HTTPS, headers, identity.</summary>
    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.UseForwardedHeaders)
            app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseHsts(); // on HTTPS responses only, and never for localhost
        if (app.Urls.Any(url => url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)))
            app.UseHttpsRedirection();
        return app;
    }

    public static WebApplication UseDashboardAuthentication(this WebApplication app)
    {
        app.UseSignInRateLimiting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeGate>();
        return app;
    }

    public static bool IsAdmin(this Actor actor) => actor.Role == Roles.Admin;
}
