using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Registration;
using Dashboard.Core.Security;
using System.Net;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Networks;
using Dashboard.Sandbox;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Startup;

/// <summary>
/// Starts the sandbox clusters of <c>Dashboard:Sandbox:Profiles</c>, registers each once, and on later starts
/// points the registered cluster at the sandbox's new address and token. Stops them with the app.
/// </summary>
public sealed class SandboxSupervisor(
    IClusterRegistry registry,
    ClusterRegistrationService registration,
    IOptions<DashboardOptions> options,
    LocalEndpoints local,
    ILogger<SandboxSupervisor> logger) : IAsyncDisposable
{
    private readonly List<SandboxCluster> running = [];

    public IReadOnlyList<SandboxCluster> Running => running;

    public static string ContextName(string profile) => $"sandbox-{profile}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var profile in options.Value.Sandbox.EffectiveProfiles)
        {
            try
            {
                await StartProfileAsync(profile.ToLowerInvariant(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A demo cluster that fails must not take the dashboard down with it.
                logger.LogError(e, "Sandbox {Profile} could not be started", profile);
            }
        }
    }

    private async Task StartProfileAsync(string profile, CancellationToken cancellationToken)
    {
        var existing = await registry.FindBySandboxProfileAsync(profile, cancellationToken);
        if (existing is null && await registry.WasSandboxEverRegisteredAsync(profile, cancellationToken))
        {
            logger.LogInformation("Sandbox {Profile} was deleted from the registry earlier; not starting it again", profile);
            return;
        }

        var sandbox = await StartOnPreferredPortAsync(profile, existing, cancellationToken);
        running.Add(sandbox);
        // Ours, on loopback: allowed whatever Dashboard:Clusters:AllowedNetworks says about loopback.
        local.AddEmbeddedSandbox(Endpoint(sandbox));
        var context = ContextName(profile);
        var kubeconfigPath = Path.Combine(options.Value.DataDirectoryFullPath, "sandbox", $"{profile}.kubeconfig");
        await sandbox.WriteKubeconfigAsync(kubeconfigPath, context, cancellationToken);
        var kubeconfig = sandbox.KubeconfigYaml(context);

        if (existing is not null)
        {
            await registration.ReplaceKubeconfigAsync(existing.Id, kubeconfig, context, Actor.System, cancellationToken);
        }
        else
        {
            var draft = new RegisterClusterDraft
            {
                Name = context,
                Kubeconfig = kubeconfig,
                Context = context,
                Provider = ProviderKinds.FromSandboxProfile(profile),
                SaveIfUnreachable = true, // ours, on loopback: registered even if a probe fails
            };
            try
            {
                await registration.RegisterAsync(draft, Actor.System, cancellationToken, sandboxProfile: profile);
            }
            catch (DuplicateClusterNameException e)
            {
                logger.LogWarning("Sandbox {Profile} is running but not registered: {Reason}", profile, e.Message);
            }
        }
        logger.LogInformation("Sandbox cluster {Profile} at {Url}; kubectl: kubectl --kubeconfig {Path} get nodes",
            profile, sandbox.Url, kubeconfigPath);
    }

    /// <summary>The port it had last time keeps bookmarks and kubeconfigs working; any free port otherwise.</summary>
    private async Task<SandboxCluster> StartOnPreferredPortAsync(string profile, ClusterSummary? existing, CancellationToken cancellationToken)
    {
        if (existing is not null && Uri.TryCreate(existing.ServerUrl, UriKind.Absolute, out var previous) && previous.IsLoopback)
        {
            try
            {
                return await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile, Port = previous.Port }, cancellationToken);
            }
            catch (IOException e)
            {
                logger.LogInformation("Port {Port} of sandbox {Profile} is taken ({Reason}); using a new one", previous.Port, profile, e.Message);
            }
        }
        return await SandboxCluster.StartAsync(new SandboxOptions { Profile = profile }, cancellationToken);
    }

    private static IPEndPoint Endpoint(SandboxCluster sandbox) => new(IPAddress.Parse(sandbox.Url.Host), sandbox.Url.Port);

    public async ValueTask DisposeAsync()
    {
        foreach (var sandbox in running)
        {
            local.RemoveEmbeddedSandbox(Endpoint(sandbox));
            await sandbox.DisposeAsync();
        }
        running.Clear();
    }
}
