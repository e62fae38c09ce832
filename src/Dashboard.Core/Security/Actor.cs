namespace Dashboard.Core.Security;

/// <summary>
/// Who is acting: resolved on the server from the cookie or bearer token for each action (the current role and
/// enabled state, not what the session held at login), and passed to every service call that changes something.
/// </summary>
public sealed record Actor(string UserId, string UserName, string Role)
{
    /// <summary>Start-up work (sandbox and auto-registration): not a person, allowed everything.</summary>
    public static Actor System { get; } = new("system", "system", Roles.Admin);

    public bool Can(Permission permission) => RolePermissions.Allows(Role, permission);

    /// <exception cref="ForbiddenException">the role does not allow it.</exception>
    public void Demand(Permission permission)
    {
        if (!Can(permission))
            throw new ForbiddenException(UserName, Role, permission);
    }
}

/// <summary>The actor's role does not allow the action. The API answers 403 with this message.</summary>
public sealed class ForbiddenException(string userName, string role, Permission permission)
    : Exception($"User '{userName}' has the role '{role}', which may not {Describe(permission)}. Ask an admin for a role that may.")
{
    public Permission Permission { get; } = permission;

    private static string Describe(Permission permission) => permission switch
    {
        Permission.ManageClusters => "register, edit or delete clusters",
        Permission.ManageNetworking => "create or delete Services and Ingresses or generate hostnames",
        Permission.ManageUsers => "manage users",
        Permission.ViewAudit => "read the audit log",
        _ => "view clusters",
    };
}
