using Dashboard.Data.Entities;
using Dashboard.Data.Sessions;
using Dashboard.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

public sealed class UserSessionEntityConfiguration : IEntityTypeConfiguration<UserSessionEntity>
{
    public void Configure(EntityTypeBuilder<UserSessionEntity> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Hash);
        builder.Property(s => s.Hash).HasMaxLength(SessionIds.HashLength);
        builder.HasOne<DashboardUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // Ending all of a user's sessions, and listing them.
        builder.HasIndex(s => s.UserId);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Address).HasMaxLength(SessionIds.AddressMaxLength);
        builder.Property(s => s.UserAgent).HasMaxLength(SessionIds.UserAgentMaxLength);
    }
}
