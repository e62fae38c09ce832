using Dashboard.Data.Configurations;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary>
/// The dashboard's SQLite database. Create one per operation through
/// <see cref="IDbContextFactory{TContext}"/>: a Blazor circuit outlives any request scope.
/// </summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<ClusterEntity> Clusters => Set<ClusterEntity>();

    public DbSet<SandboxRegistrationEntity> SandboxRegistrations => Set<SandboxRegistrationEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One IEntityTypeConfiguration per entity in Configurations/; later tables (users, audit) just add theirs.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp, nullable or not, is stored as UTC ticks (see UtcTicksConverter for why).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
