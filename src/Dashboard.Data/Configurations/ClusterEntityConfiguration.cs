using Dashboard.Core.Clusters;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

public sealed class ClusterEntityConfiguration : IEntityTypeConfiguration<ClusterEntity>
{
    public void Configure(EntityTypeBuilder<ClusterEntity> builder)
    {
        builder.ToTable("Clusters");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        // NOCASE on the column makes the unique index, equality and ORDER BY all case-insensitive,
        // so "Prod" and "prod" cannot both be stored, even by two registrations racing each other.
        builder.Property(c => c.Name).HasMaxLength(ClusterNameRules.MaxLength).UseCollation("NOCASE");
        builder.HasIndex(c => c.Name).IsUnique();

        // Enums as text: readable in the file and safe against renumbering.
        builder.Property(c => c.Provider).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.DetectedProvider).HasConversion<string>().HasMaxLength(32).HasDefaultValue(Dashboard.Core.Providers.ProviderKind.Unknown);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);

        builder.Property(c => c.ServerUrl).HasMaxLength(2048);
        builder.Property(c => c.ContextName).HasMaxLength(253);
        builder.Property(c => c.KubernetesVersion).HasMaxLength(64);
        builder.Property(c => c.SandboxProfile).HasMaxLength(63);
        builder.HasIndex(c => c.SandboxProfile);
    }
}
