using System.Text.Json.Serialization;
using Dashboard.Data;
using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Components.Ingresses;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Security;
using Dashboard.Web.Startup;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>The web project's part of the composition root: settings, UI, API, start-up work.</summary>
public static class DashboardHostingExtensions
{
    /// <summary>A pasted kubeconfig travels in one SignalR message; allow the 1 MiB limit plus JSON escaping.</summary>
    public const long MaximumCircuitMessageBytes = 3 * 1024 * 1024;

    /// <summary>Binds the Dashboard section, validated at start. Read from the container only, never here:
    /// test hosts override settings after Program.cs has run (dotnet/aspnetcore#37680).</summary>
    public static WebApplicationBuilder AddDashboardOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        // The service layer's sections; AddDashboardKubernetes validates them at start.
        builder.Services.AddOptions<Kubernetes.Hostnames.HostnameOptions>().BindConfiguration(Kubernetes.Hostnames.HostnameOptions.Section);
        builder.Services.AddOptions<Kubernetes.Caching.CacheOptions>().BindConfiguration(Kubernetes.Caching.CacheOptions.Section);
        builder.Services.AddOptions<Kubernetes.Clusters.ClusterHealthOptions>().BindConfiguration(Kubernetes.Clusters.ClusterHealthOptions.Section);
        builder.Services.AddOptions<Data.Auditing.AuditOptions>().BindConfiguration(Data.Auditing.AuditOptions.Section);
        builder.Services.AddOptions<Kubernetes.Annotations.AnnotationOptions>().BindConfiguration(Kubernetes.Annotations.AnnotationOptions.Section);
        builder.Services.AddOptions<Kubernetes.Networks.ClusterAddressOptions>().BindConfiguration(Kubernetes.Networks.ClusterAddressOptions.Section);
        return builder;
    }

    /// <summary>The registry in the data directory, unless <c>ConnectionStrings:Dashboard</c> says otherwise.</summary>
    public static WebApplicationBuilder AddDashboardPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<Data.Protection.KeyRingProtectionOptions>().BindConfiguration(Data.Protection.KeyRingProtectionOptions.Section);
        builder.Services.AddDashboardData(provider =>
        {
            var dataDirectory = provider.GetRequiredService<IOptions<DashboardOptions>>().Value.DataDirectoryFullPath;
            var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString("Dashboard");
            return new DataLocation(
                string.IsNullOrWhiteSpace(configured) ? DataPaths.DefaultConnectionString(dataDirectory) : configured,
                DataPaths.DefaultKeysDirectory(dataDirectory));
        });
        return builder;
    }

    public static WebApplicationBuilder AddDashboardWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaximumCircuitMessageBytes);
        services.AddMudServices(mud =>
        {
            // Bottom left, over the drawer's empty end: never over a page header's buttons (top right), and
            // wwwroot/app.css lets clicks pass through a toast to whatever is under it, except its close button.
            mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            mud.SnackbarConfiguration.NewestOnTop = true;
            mud.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
            mud.SnackbarConfiguration.ShowTransitionDuration = 200;
            mud.SnackbarConfiguration.HideTransitionDuration = 400;
        });
        services.AddScoped<ThemePreference>();
        services.AddSingleton<Components.Lean.SharedRowMarkup>();
        services.AddScoped<Components.Ingresses.IngressWizardParking>();

        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddHealthChecks();

        services.AddHttpContextAccessor();
        services.AddScoped<Security.AccountSignIn>();
        services.AddScoped<Security.OwnPasswordChange>();
        services.AddScoped<Security.OwnSessions>();
        services.AddSingleton<SandboxSupervisor>();
        services.AddHostedService<DashboardListeners>();
        services.AddHostedService<DashboardStartup>();
        services.AddHostedService<KubeconfigFileRegistration>();
        return builder;
    }

    public static WebApplication UseDashboardWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseDashboardSecurity();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Before authentication: the top-level wwwroot/ (docs/decisions/0002) is public, like the login page's CSS.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseDashboardAuthentication();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi(); // behind login or a token, like everything not marked otherwise
        app.MapGroup("/api/v1").MapAuthApi().MapClusterApi().MapSupportApi().MapResourceApi().MapServiceApi().MapIngressApi()
            .MapGatewayMigrationApi().MapHostnameApi().MapGatewayClassApi().MapGatewayApi().MapHttpRouteApi();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    /// <summary>The README promises the run command prints where to browse to.</summary>
    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
            app.Logger.LogInformation("Dashboard is ready: open {Address} in a browser", address);
    }
}
