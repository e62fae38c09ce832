using Dashboard.Kubernetes.Networks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests;

/// <summary>
/// Standalone sandboxes listen on 127.0.0.1, which the default address policy refuses: the documented way to manage one
/// is to list 127.0.0.0/8 in Dashboard:Clusters:AllowedNetworks, as these helpers do.
/// </summary>
public static class LoopbackClusters
{
    public static IServiceCollection AllowLoopbackClusters(this IServiceCollection services) =>
        services.Configure<ClusterAddressOptions>(o => o.AllowedNetworks = ["127.0.0.0/8"]);

    public static ClusterAddressPolicy Policy(LocalEndpoints? local = null) =>
        new(Options.Create(new ClusterAddressOptions { AllowedNetworks = ["127.0.0.0/8"] }), local ?? new LocalEndpoints());
}
