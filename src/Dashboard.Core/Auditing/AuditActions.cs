namespace Dashboard.Core.Auditing;

/// <summary>The actions the audit log records (stable strings: they are stored and filtered on).</summary>
public static class AuditActions
{
    public const string ClusterRegister = "cluster.register";
    public const string ClusterEdit = "cluster.edit";
    public const string ClusterDelete = "cluster.delete";
    public const string ServiceCreate = "service.create";
    public const string ServiceDelete = "service.delete";
    public const string IngressCreate = "ingress.create";
    public const string IngressDelete = "ingress.delete";
    public const string IngressEdit = "ingress.edit";
    public const string IngressMoveToGateway = "ingress.move-to-gateway";
    public const string NamespaceMoveToGateway = "namespace.move-to-gateway";
    public const string HostnameGenerate = "ingress.hostname";
    public const string GatewayCreate = "gateway.create";
    public const string GatewayEdit = "gateway.edit";
    public const string GatewayDelete = "gateway.delete";
    public const string HttpRouteCreate = "httproute.create";
    public const string HttpRouteEdit = "httproute.edit";
    public const string HttpRouteDelete = "httproute.delete";
    public const string RouteHostnameGenerate = "httproute.hostname";
    public const string PortExpose = "port.expose";
    public const string PortRemove = "port.remove";
    public const string Login = "auth.login";
    public const string LoginFailed = "auth.login-failed";
    public const string Logout = "auth.logout";
    public const string PasswordChange = "auth.password-change";
    public const string UserCreate = "user.create";
    public const string UserRoleChange = "user.role";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserDisable = "user.disable";
    public const string UserEnable = "user.enable";
    public const string UserSignOutEverywhere = "user.sign-out-everywhere";
    public const string TokenCreate = "token.create";
    public const string TokenRevoke = "token.revoke";

    public static IReadOnlyList<string> All { get; } =
    [
        ClusterRegister, ClusterEdit, ClusterDelete, ServiceCreate, ServiceDelete, IngressCreate, IngressDelete,
        IngressEdit, HostnameGenerate, GatewayCreate, GatewayEdit, GatewayDelete, HttpRouteCreate, HttpRouteEdit, HttpRouteDelete,
        RouteHostnameGenerate, PortExpose, PortRemove, Login, LoginFailed, Logout, PasswordChange, UserCreate, UserRoleChange, UserPasswordReset,
        UserDisable, UserEnable, UserSignOutEverywhere, TokenCreate, TokenRevoke,
        IngressMoveToGateway, NamespaceMoveToGateway,
    ];
}
