using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

public sealed class SandboxRegistrationEntityConfiguration : IEntityTypeConfiguration<SandboxRegistrationEntity>
{
    public void Configure(EntityTypeBuilder<SandboxRegistrationEntity> builder)
    {
        builder.ToTable("SandboxRegistrations");
        builder.HasKey(r => r.Profile);
        builder.Property(r => r.Profile).HasMaxLength(63);
    }
}
