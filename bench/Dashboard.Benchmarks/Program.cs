using Dashboard.Benchmarks;

// One run, the figures (docs/performance.md). Sandbox clusters on loopback only; nothing leaves the machine.
if (args is ["protobuf", .. var protobufArgs]) { await ProtobufCreates.RunAsync(protobufArgs); return; }
if (args is ["routes", .. var routeArgs]) { await Dashboard.Benchmarks.Routes.RouteBenchmark.RunAsync(routeArgs); return; }
if (args is ["ui", .. var uiArgs]) { Environment.ExitCode = await Dashboard.Benchmarks.UiTier.UiTierBenchmark.RunAsync(uiArgs); return; }
var clusters = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50;
var perCluster = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
Console.WriteLine($"Dashboard benchmarks: {clusters} clusters x {perCluster} ingresses = {clusters * perCluster:N0} ingresses");

await using var world = await BenchmarkWorld.CreateAsync();
await RequestsPerPageView.RunAsync(world);
await FirstPageLatency.RunAsync(world, clusters, perCluster);
await WatchVersusPolling.RunAsync(world);
await HostnameReconciliation.RunAsync(world);
