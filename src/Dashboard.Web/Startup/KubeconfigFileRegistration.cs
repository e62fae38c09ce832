using Dashboard.Core.Clusters;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Kubeconfigs;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Startup;

/// <summary>
/// Registers the kubeconfig file named by <c>Dashboard:AutoRegister:Kubeconfig</c> (docker-compose's k3s writes
/// one to a shared volume). Waits for the file to appear; a cluster of that name is kept in step with the file.
/// The path comes from the operator's configuration, so reading that one file is not the risk of §5.
/// </summary>
public sealed class KubeconfigFileRegistration(
    IClusterRegistry registry,
    ClusterRegistrationService registration,
    IOptions<DashboardOptions> options,
    ILogger<KubeconfigFileRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.AutoRegister;
        if (string.IsNullOrWhiteSpace(settings.Kubeconfig))
            return;
        var path = Path.GetFullPath(settings.Kubeconfig);
        while (!File.Exists(path))
        {
            logger.LogInformation("Waiting for the kubeconfig {Path} to auto-register", path);
            await Task.Delay(PollInterval, stoppingToken);
        }
        try
        {
            await RegisterAsync(settings, await File.ReadAllTextAsync(path, stoppingToken), stoppingToken);
        }
        catch (Exception e) when (e is KubeconfigRejectedException or InsecureConnectionNotAcceptedException or FluentValidation.ValidationException or DuplicateClusterNameException or DuplicateServerException)
        {
            logger.LogError("The kubeconfig {Path} was not registered: {Reason}", path, e.Message);
        }
    }

    public async Task RegisterAsync(AutoRegisterOptions settings, string kubeconfig, CancellationToken cancellationToken)
    {
        var sanitized = KubeconfigSanitizer.Sanitize(kubeconfig, settings.Context);
        var yaml = settings.Server is null ? sanitized.Yaml : KubeconfigEditing.WithServer(sanitized.Yaml, settings.Server);
        var existing = (await registry.ListAsync(cancellationToken))
            .FirstOrDefault(c => string.Equals(c.Name, settings.Name, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            await registration.ReplaceKubeconfigAsync(existing.Id, yaml, sanitized.ContextName, Actor.System, cancellationToken);
            logger.LogInformation("Cluster {Name} updated from {Path}", settings.Name, settings.Kubeconfig);
            return;
        }
        var draft = new RegisterClusterDraft
        {
            Name = settings.Name,
            Kubeconfig = yaml,
            Context = sanitized.ContextName,
            SaveIfUnreachable = true, // the operator asked for it; the cluster may still be starting
        };
        var cluster = await registration.RegisterAsync(draft, Actor.System, cancellationToken);
        logger.LogInformation("Cluster {Name} registered from {Path} ({Status})", cluster.Name, settings.Kubeconfig, cluster.Status);
    }
}
