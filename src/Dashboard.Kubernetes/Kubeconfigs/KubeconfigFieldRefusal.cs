namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>The refusal messages for fields that would run a program or read a file on the server.</summary>
internal static class KubeconfigFieldRefusal
{
    public static KubeconfigRejectedException Exec(string user, string? command) => new(
        $"User '{user}' uses 'exec'{(string.IsNullOrEmpty(command) ? "" : $" (it would run '{command}')")}: the dashboard never runs programs from a kubeconfig on its server. " +
        "Use a service-account token instead: create one with 'kubectl create token <service-account> --duration=8760h' and put it in the user's 'token' field.",
        $"users[{user}].user.exec");

    public static KubeconfigRejectedException AuthProvider(string user, string? provider) => new(
        $"User '{user}' uses 'auth-provider'{(string.IsNullOrEmpty(provider) ? "" : $" ({provider})")}: auth providers can run programs ('cmd-path') and are deprecated. " +
        "Use a service-account token in the user's 'token' field, or 'client-certificate-data' with 'client-key-data'.",
        $"users[{user}].user.auth-provider");

    public static KubeconfigRejectedException FileReference(string field, string inlineField) => new(
        $"'{field}' names a file, and the dashboard never reads files on its server from a kubeconfig. " +
        $"Put the content inline as '{inlineField}' (base64): 'kubectl config view --minify --flatten' does that for you.",
        field);

    public static KubeconfigRejectedException TokenFile(string user) => new(
        $"User '{user}' uses 'tokenFile', a file on the dashboard's server, which it never reads from a kubeconfig. " +
        "Put the token itself in the user's 'token' field.",
        $"users[{user}].user.tokenFile");
}
