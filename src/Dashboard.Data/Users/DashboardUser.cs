using Dashboard.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Data.Users;

/// <summary>
/// A dashboard user as ASP.NET Core Identity stores it (table AspNetUsers), plus what the dashboard needs:
/// exactly one role, in a column rather than Identity's role tables, and the flags the sign-in checks read.
/// </summary>
public sealed class DashboardUser : IdentityUser
{
    public DashboardUser()
    {
    }

    public DashboardUser(string userName)
        : base(userName)
    {
    }

    /// <summary>One of <see cref="Roles.All"/>; the database refuses any other value.</summary>
    public string Role { get; set; } = Roles.Viewer;

    /// <summary>Set for a new user or after an admin reset: the user must choose a password before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A disabled user cannot sign in, and its sessions and API tokens stop working at once.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set by whoever creates the user, from its <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }
}
