using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Data.Auditing;
using Dashboard.Data.Clusters;
using Dashboard.Data.Protection;
using Dashboard.Data.Sessions;
using Dashboard.Data.Sqlite;
using Dashboard.Data.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The SQLite registry, API token store and audit log, Data Protection with its key ring in <paramref name="keysDirectory"/>, and the
    /// <see cref="DatabaseMigrator"/> to run at start. Losing the keys directory makes every stored
    /// kubeconfig unreadable: it belongs to the data directory and its backups.
    /// </summary>
    public static IServiceCollection AddDashboardData(
        this IServiceCollection services, string connectionString, string keysDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(keysDirectory);
        var location = new DataLocation(connectionString, keysDirectory);
        return services.AddDashboardData(_ => location);
    }

    /// <summary>
    /// As above (this is the one place that registers everything), with the location resolved from the container when first needed: the web app reads it from
    /// validated options, which test hosts can still override after Program.cs has run.
    /// </summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, Func<IServiceProvider, DataLocation> locate)
    {
        services.TryAddSingleton(provider => locate(provider));

        // A factory, not a scoped context: a Blazor circuit outlives requests, so each operation makes its own.
        services.AddDbContextFactory<DashboardDbContext>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<DataLocation>().ConnectionString)
            .AddInterceptors(new SecureDeleteInterceptor()));

        // The application name keeps keys valid when the app runs from another path or machine.
        services.AddDataProtection().SetApplicationName("Dashboard");
        services.AddOptions<KeyRingProtectionOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KeyRingProtectionOptions>, KeyRingProtectionOptionsValidator>());
        services.AddOptions<KeyManagementOptions>().Configure<DataLocation, ILoggerFactory, IOptions<KeyRingProtectionOptions>>((options, location, loggers, protection) =>
        {
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(location.KeysDirectory), loggers);
            // Keys written from now on are encrypted; without either setting they stay plain XML (KeyRingProtectionWarning says so at start).
            var settings = protection.Value;
            if (!string.IsNullOrWhiteSpace(settings.Key))
                options.XmlEncryptor = new ConfiguredKeyXmlEncryptor(ConfiguredKey.TryParse(settings.Key)!);
            else if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
                options.XmlEncryptor = new CertificateKeyRingEncryptor(ProtectionCertificate.Load(settings));
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IClusterRegistry, ClusterRegistry>();
        services.AddSingleton<IApiTokenStore, ApiTokenStore>();
        services.AddSingleton<IUserSessionStore, UserSessionStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        // Bound from Dashboard:Audit by the host (as the Kubernetes layer's sections are); validated at its start.
        services.AddOptions<AuditOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton<AuditRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditRetention>());
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<KeyRingProtectionWarning>();
        // Identity (AddIdentityCore<DashboardUser>().AddEntityFrameworkStores<DashboardDbContext>()) is the web
        // app's to wire: its options (passwords, lockout) are web concerns. Its stores use the scoped
        // DashboardDbContext that AddDbContextFactory also registers.
        return services;
    }
}

/// <summary>Where the registry lives: the SQLite connection string and the Data Protection key ring directory.</summary>
public sealed record DataLocation(string ConnectionString, string KeysDirectory);
