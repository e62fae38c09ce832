namespace Dashboard.Kubernetes.Gateways;

/// <summary>One listener of a Gateway: its spec and, when the controller wrote it, its status.</summary>
/// <param name="AllowedRoutesFrom">Same (the default), All or Selector.</param>
/// <param name="AllowedNamespaceLabels">Selector only: the <c>matchLabels</c> a namespace must carry.</param>
/// <param name="AllowedKinds">The route kinds named in <c>allowedRoutes.kinds</c>; empty: those the protocol takes.</param>
/// <param name="CertificateSecrets">HTTPS/TLS: the certificate Secrets, as <c>name</c> or <c>namespace/name</c> when in another namespace.</param>
/// <param name="AttachedRoutes">From the status; null when the controller wrote none for this listener.</param>
public sealed record GatewayListenerInfo(
    string Name,
    string Protocol,
    int Port,
    string? Hostname,
    string AllowedRoutesFrom,
    IReadOnlyDictionary<string, string> AllowedNamespaceLabels,
    IReadOnlyList<string> AllowedKinds,
    string? TlsMode,
    IReadOnlyList<string> CertificateSecrets,
    int? AttachedRoutes,
    IReadOnlyList<ConditionInfo> Conditions);
