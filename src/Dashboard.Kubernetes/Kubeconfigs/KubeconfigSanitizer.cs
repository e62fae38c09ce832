using System.Text;
using Dashboard.Core.Registration;
using k8s;
using k8s.KubeConfigModels;

namespace Dashboard.Kubernetes.Kubeconfigs;

/// <summary>
/// Refuses what would make KubernetesClient run programs or read files on the server (docs/decisions/0001) and
/// reduces an accepted kubeconfig to the chosen context. The raw YAML is checked key by key (it catches keys
/// KubernetesClient's model ignores, like <c>tokenFile</c>), then the very model that will be loaded is
/// checked again and rebuilt from allowed fields only, so no parser difference can slip a field through.
/// </summary>
public static class KubeconfigSanitizer
{
    public static KubeconfigContexts ListContexts(string yaml)
    {
        var config = Parse(yaml);
        var names = (config.Contexts ?? []).Select(c => c.Name).Where(n => !string.IsNullOrEmpty(n)).ToArray();
        if (names.Length == 0)
            throw new KubeconfigRejectedException(
                "The kubeconfig has no contexts. Export one with 'kubectl config view --minify --flatten' and paste that.", "contexts");
        return new KubeconfigContexts(names, names.Contains(config.CurrentContext) ? config.CurrentContext : null);
    }

    /// <param name="contextName">The context to keep; null means the kubeconfig's current-context.</param>
    public static SanitizedKubeconfig Sanitize(string yaml, string? contextName)
    {
        var config = Parse(yaml);
        var contexts = ListContexts(yaml);
        var chosen = string.IsNullOrWhiteSpace(contextName) ? contexts.CurrentContext : contextName;
        if (chosen is null)
            throw new KubeconfigRejectedException(
                $"The kubeconfig sets no current-context. Pick one of: {string.Join(", ", contexts.Names)}.", "current-context");

        var context = config.Contexts.FirstOrDefault(c => c.Name == chosen)
            ?? throw new KubeconfigRejectedException(
                $"The kubeconfig has no context named '{chosen}'. It has: {string.Join(", ", contexts.Names)}.", "contexts");
        var details = context.ContextDetails
            ?? throw new KubeconfigRejectedException($"Context '{chosen}' names no cluster and user.", "contexts");
        var cluster = (config.Clusters ?? []).FirstOrDefault(c => c.Name == details.Cluster)
            ?? throw new KubeconfigRejectedException(
                $"Context '{chosen}' refers to cluster '{details.Cluster}', which the kubeconfig does not define.", "clusters");
        var user = (config.Users ?? []).FirstOrDefault(u => u.Name == details.User)
            ?? throw new KubeconfigRejectedException(
                $"Context '{chosen}' refers to user '{details.User}', which the kubeconfig does not define.", "users");

        KubeconfigRawChecks.Check(yaml, cluster.Name, user.Name);
        var endpoint = SafeEndpoint(cluster);
        var credentials = SafeCredentials(user, chosen);
        var ns = details.Namespace;

        var reduced = new K8SConfiguration
        {
            ApiVersion = "v1",
            Kind = "Config",
            CurrentContext = chosen,
            Clusters = [new Cluster { Name = cluster.Name, ClusterEndpoint = endpoint }],
            Users = [new User { Name = user.Name, UserCredentials = credentials }],
            Contexts = [new Context { Name = chosen, ContextDetails = new ContextDetails { Cluster = cluster.Name, User = user.Name, Namespace = ns } }],
        };
        return new SanitizedKubeconfig(KubernetesYaml.Serialize(reduced), chosen, endpoint.Server, ns, endpoint.SkipTlsVerify);
    }

    private static K8SConfiguration Parse(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
            throw new KubeconfigRejectedException("The kubeconfig is empty. Paste its YAML or upload the file.");
        if (Encoding.UTF8.GetByteCount(yaml) > KubeconfigLimits.MaxBytes)
            throw new KubeconfigRejectedException(
                "The kubeconfig is larger than 1 MiB. Export only the context you need with 'kubectl config view --minify --flatten'.");
        K8SConfiguration? config;
        try
        {
            config = KubernetesYaml.Deserialize<K8SConfiguration>(yaml);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidCastException or FormatException)
        {
            throw new KubeconfigRejectedException(
                $"This is not a kubeconfig: the YAML could not be read ({FirstLine(e.Message)}). Paste the file as 'kubectl config view --minify --flatten' prints it.");
        }
        var empty = config is null || (!(config.Clusters?.Any() ?? false) && !(config.Contexts?.Any() ?? false) && !(config.Users?.Any() ?? false));
        if (empty || (config!.Kind is { Length: > 0 } kind && kind != "Config"))
            throw new KubeconfigRejectedException(
                "This is not a kubeconfig: it has no clusters, users or contexts (or it is another kind of object). Paste the file as 'kubectl config view --minify --flatten' prints it.");
        return config!;
    }

    private static ClusterEndpoint SafeEndpoint(Cluster cluster)
    {
        var endpoint = cluster.ClusterEndpoint
            ?? throw new KubeconfigRejectedException($"Cluster '{cluster.Name}' has no 'cluster' section with a server.", "clusters");
        if (!string.IsNullOrEmpty(endpoint.CertificateAuthority))
            throw KubeconfigFieldRefusal.FileReference($"clusters[{cluster.Name}].cluster.certificate-authority", "certificate-authority-data");
        if (!Uri.TryCreate(endpoint.Server, UriKind.Absolute, out var server) || (server.Scheme != "https" && server.Scheme != "http"))
            throw new KubeconfigRejectedException(
                $"Cluster '{cluster.Name}' has no valid server address (found '{endpoint.Server}'). It must be a URL such as https://203.0.113.10:6443.",
                "clusters.cluster.server");
        if (server.UserInfo.Length > 0)
            throw new KubeconfigRejectedException(
                $"The server address of cluster '{cluster.Name}' carries a user name or password ('…@{server.Authority}'). " +
                "A kubeconfig keeps credentials in its 'users' section (a token or a client certificate): remove them from the server address.",
                "clusters.cluster.server");
        return new ClusterEndpoint
        {
            Server = endpoint.Server,
            CertificateAuthorityData = endpoint.CertificateAuthorityData,
            SkipTlsVerify = endpoint.SkipTlsVerify,
            TlsServerName = endpoint.TlsServerName,
        };
    }

    private static UserCredentials SafeCredentials(User user, string contextName)
    {
        var c = user.UserCredentials ?? new UserCredentials();
        if (c.ExternalExecution is not null)
            throw KubeconfigFieldRefusal.Exec(user.Name, c.ExternalExecution.Command);
        if (c.AuthProvider is not null)
            throw KubeconfigFieldRefusal.AuthProvider(user.Name, c.AuthProvider.Name);
        if (!string.IsNullOrEmpty(c.ClientCertificate))
            throw KubeconfigFieldRefusal.FileReference($"users[{user.Name}].user.client-certificate", "client-certificate-data");
        if (!string.IsNullOrEmpty(c.ClientKey))
            throw KubeconfigFieldRefusal.FileReference($"users[{user.Name}].user.client-key", "client-key-data");

        var hasToken = !string.IsNullOrEmpty(c.Token);
        var hasCertificate = !string.IsNullOrEmpty(c.ClientCertificateData) && !string.IsNullOrEmpty(c.ClientKeyData);
        var hasBasic = !string.IsNullOrEmpty(c.UserName) && !string.IsNullOrEmpty(c.Password);
        if (!hasToken && !hasCertificate && !hasBasic)
            throw new KubeconfigRejectedException(
                $"User '{user.Name}' of context '{contextName}' has no credentials. Add a 'token' (for example from 'kubectl create token <service-account>') or 'client-certificate-data' with 'client-key-data'.",
                $"users[{user.Name}].user");
        return new UserCredentials
        {
            Token = c.Token,
            ClientCertificateData = c.ClientCertificateData,
            ClientKeyData = c.ClientKeyData,
            UserName = c.UserName,
            Password = c.Password,
        };
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
