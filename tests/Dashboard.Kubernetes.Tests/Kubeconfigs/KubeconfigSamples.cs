namespace Dashboard.Kubernetes.Tests.Kubeconfigs;

/// <summary>Kubeconfigs as people paste them; each test changes one thing.</summary>
internal static class KubeconfigSamples
{
    public const string Token = "planted-token-3f9c2a";

    /// <summary>A valid two-context kubeconfig with inline credentials only.</summary>
    public static string Valid(string userBody = $"token: {Token}", string clusterBody = "server: https://203.0.113.10:6443", string current = "prod") => $"""
        apiVersion: v1
        kind: Config
        current-context: {current}
        clusters:
        - name: prod-cluster
          cluster:
            {clusterBody}
        - name: staging-cluster
          cluster:
            server: https://198.51.100.7:6443
        users:
        - name: prod-user
          user:
            {userBody}
        - name: staging-user
          user:
            token: staging-token
        contexts:
        - name: prod
          context:
            cluster: prod-cluster
            user: prod-user
            namespace: web
        - name: staging
          context:
            cluster: staging-cluster
            user: staging-user
        """;
}
