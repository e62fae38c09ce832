namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>
/// The kubeconfig talks to its API server over plain <c>http://</c> or without checking its certificate, and the
/// draft does not say the admin accepts that. Nothing was sent: the connection test itself would carry the credentials.
/// </summary>
public sealed class InsecureConnectionNotAcceptedException(string reason)
    : Exception($"{reason} To connect anyway, tick '{ConfirmLabel}' (API: \"acceptInsecureConnection\": true).")
{
    /// <summary>The checkbox the dialogs show to go ahead.</summary>
    public const string ConfirmLabel = "Connect without TLS protection";

    /// <summary>What is insecure about the kubeconfig's connection, or null when it is HTTPS with a verified certificate.</summary>
    public static string? Reason(SanitizedKubeconfig kubeconfig) =>
        kubeconfig.PlainHttp
            ? $"The server address {kubeconfig.ServerUrl} uses plain http://: the credentials and everything the dashboard reads and changes would cross the network unencrypted, and anyone in between could answer in the cluster's place. Use the API server's https:// address if it has one."
            : kubeconfig.SkipsTlsVerify
                ? $"The kubeconfig sets insecure-skip-tls-verify: true for {kubeconfig.ServerUrl}: the dashboard would not check who answers, so anyone in between could read its credentials. Put the cluster's certificate-authority-data in the kubeconfig instead."
                : null;

    /// <exception cref="InsecureConnectionNotAcceptedException">the connection is insecure and <paramref name="accepted"/> is false.</exception>
    public static void ThrowUnlessAccepted(SanitizedKubeconfig kubeconfig, bool accepted)
    {
        if (!accepted && Reason(kubeconfig) is { } reason)
            throw new InsecureConnectionNotAcceptedException(reason);
    }
}
