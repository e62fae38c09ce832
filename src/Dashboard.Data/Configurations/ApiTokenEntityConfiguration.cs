using Dashboard.Data.Entities;
using Dashboard.Data.Tokens;
using Dashboard.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

public sealed class ApiTokenEntityConfiguration : IEntityTypeConfiguration<ApiTokenEntity>
{
    public void Configure(EntityTypeBuilder<ApiTokenEntity> builder)
    {
        builder.ToTable("ApiTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();

        builder.HasOne<DashboardUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(t => t.Name).HasMaxLength(ApiTokenStore.NameMaxLength);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Prefix).HasMaxLength(ApiTokenSecret.PrefixLength);
        builder.Property(t => t.Hash).HasMaxLength(ApiTokenSecret.HashLength);
        builder.HasIndex(t => t.Hash).IsUnique();
    }
}
