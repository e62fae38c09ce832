using Dashboard.Core.Security;
using Dashboard.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

/// <summary>
/// The dashboard's columns on Identity's AspNetUsers table. Identity's own configuration runs first
/// (base.OnModelCreating); this only adds to it.
/// </summary>
public sealed class DashboardUserConfiguration : IEntityTypeConfiguration<DashboardUser>
{
    public const int RoleMaxLength = 16;

    public void Configure(EntityTypeBuilder<DashboardUser> builder)
    {
        builder.Property(u => u.Role).IsRequired().HasMaxLength(RoleMaxLength);

        // An unknown role would lock its user out in a way no screen explains; refuse it at the source.
        var known = string.Join(", ", Roles.All.Select(role => $"'{role}'"));
        builder.ToTable(table => table.HasCheckConstraint("CK_AspNetUsers_Role", $"\"Role\" IN ({known})"));
    }
}
