using Dashboard.Data.Configurations;
using Dashboard.Data.Entities;
using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary>
/// The dashboard's SQLite database. Create one per operation through
/// <see cref="IDbContextFactory{TContext}"/>: a Blazor circuit outlives any request scope.
/// Identity's user tables (users, claims, logins, tokens) come from <see cref="IdentityUserContext{TUser}"/>;
/// there are no role tables because a user has exactly one role, in <see cref="DashboardUser.Role"/>.
/// </summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options)
    : IdentityUserContext<DashboardUser>(options)
{
    public DbSet<ClusterEntity> Clusters => Set<ClusterEntity>();

    public DbSet<SandboxRegistrationEntity> SandboxRegistrations => Set<SandboxRegistrationEntity>();

    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<UserSessionEntity> UserSessions => Set<UserSessionEntity>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's model first, so the configurations below add to its AspNetUsers rather than being replaced.
        base.OnModelCreating(builder);
        // One IEntityTypeConfiguration per entity in Configurations/.
        builder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp, nullable or not, is stored as UTC ticks (see UtcTicksConverter for why); this
        // includes Identity's LockoutEnd.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
