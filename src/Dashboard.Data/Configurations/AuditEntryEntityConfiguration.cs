using Dashboard.Data.Auditing;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

public sealed class AuditEntryEntityConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();

        // The query filters: time range (and newest-first paging), actor, action, cluster.
        builder.HasIndex(e => e.At);
        // NOCASE makes the actor filter and its index case-insensitive, as user names are.
        builder.Property(e => e.Actor).HasMaxLength(AuditLimits.Actor).UseCollation("NOCASE");
        builder.HasIndex(e => e.Actor);
        builder.Property(e => e.Action).HasMaxLength(AuditLimits.Action);
        builder.HasIndex(e => e.Action);
        builder.HasIndex(e => e.ClusterId);

        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Message).HasMaxLength(AuditLimits.Message);
        builder.Property(e => e.ClusterName).HasMaxLength(AuditLimits.ClusterName);
        builder.Property(e => e.Namespace).HasMaxLength(AuditLimits.Namespace);
        builder.Property(e => e.ObjectName).HasMaxLength(AuditLimits.ObjectName);
    }
}
