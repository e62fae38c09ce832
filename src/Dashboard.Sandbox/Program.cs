using System.Runtime.InteropServices;
using Dashboard.Sandbox;

// The sandbox on its own:
//   dotnet run --project src/Dashboard.Sandbox -- --profile rke-custom --port 0 --kubeconfig FILE
var arguments = CommandLine.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine("usage: Dashboard.Sandbox [--profile NAME] [--port N] [--kubeconfig FILE] [--token TOKEN]");
    Console.Error.WriteLine($"profiles: {string.Join(", ", SandboxProfiles.Names)}");
    return 2;
}

var (options, kubeconfigPath) = arguments.Value;
SandboxCluster cluster;
try
{
    cluster = await SandboxCluster.StartAsync(options);
}
catch (IOException busy)
{
    Console.Error.WriteLine($"{busy.Message} Try --port 0 for any free port.");
    return 1;
}

await using var running = cluster;
var path = Path.GetFullPath(kubeconfigPath ?? $"{cluster.Profile}.kubeconfig");
await cluster.WriteKubeconfigAsync(path, $"sandbox-{cluster.Profile}");
Console.WriteLine($"Sandbox '{cluster.Profile}' is serving {cluster.Url.ToString().TrimEnd('/')}; kubeconfig: {path}; try: kubectl --kubeconfig {path} get nodes");

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    stop.TrySetResult();
});
await stop.Task;
return 0;

/// <summary>Internal on purpose: the dashboard references this assembly and has its own public Program (for WebApplicationFactory).</summary>
internal sealed partial class Program;
