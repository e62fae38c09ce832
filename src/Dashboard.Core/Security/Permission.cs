namespace Dashboard.Core.Security;

/// <summary>What an action needs. Checked on the server for every action, whichever front door it came through.</summary>
public enum Permission
{
    /// <summary>Read clusters, their objects and the support matrix.</summary>
    View,

    /// <summary>Create and delete Services and Ingresses, generate hostnames.</summary>
    ManageNetworking,

    /// <summary>Register, edit and delete clusters.</summary>
    ManageClusters,

    /// <summary>Create users, reset passwords, change roles, disable.</summary>
    ManageUsers,

    /// <summary>Read the audit log.</summary>
    ViewAudit,
}

public static class RolePermissions
{
    public static bool Allows(string role, Permission permission) => permission switch
    {
        Permission.View => Roles.IsKnown(role),
        Permission.ManageNetworking => role is Roles.Admin or Roles.Operator,
        Permission.ManageClusters or Permission.ManageUsers or Permission.ViewAudit => role == Roles.Admin,
        _ => false,
    };
}
