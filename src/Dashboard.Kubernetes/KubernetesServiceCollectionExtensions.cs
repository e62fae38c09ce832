using Dashboard.Core.Registration;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Networks;
using Dashboard.Kubernetes.PortExposures;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Telemetry;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes;

public static class KubernetesServiceCollectionExtensions
{
    /// <summary>The shared Kubernetes service layer. Needs an <c>IClusterRegistry</c> (Dashboard.Data).</summary>
    public static IServiceCollection AddDashboardKubernetes(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics(); // IMeterFactory; a web host has it already
        services.TryAddSingleton<DashboardMetrics>();
        services.TryAddSingleton<IValidator<RegisterClusterDraft>, RegisterClusterDraftValidator>();
        services.AddOptions<ClusterAddressOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterAddressOptions>, ClusterAddressOptionsValidator>());
        services.TryAddSingleton<LocalEndpoints>();
        services.AddSingleton<ClusterAddressPolicy>();
        services.AddSingleton<ClusterClients>();
        services.AddSingleton<ClusterConnector>();
        services.AddSingleton<ClusterStatusFeed>();
        services.AddSingleton<ClusterInspector>();
        services.AddSingleton<ClusterRegistrationService>();
        services.AddOptions<CacheOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CacheOptions>, CacheOptionsValidator>());
        services.AddSingleton<WatchCacheRegistry>();
        services.AddSingleton<IClusterResources, ClusterResources>();
        services.AddSingleton<Support.ClusterSupportService>();
        services.AddSingleton<ClusterReads>();
        services.AddOptions<Annotations.AnnotationOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Annotations.AnnotationOptions>, Annotations.AnnotationOptionsValidator>());
        services.AddSingleton<DraftChecks>();
        services.AddSingleton<ServiceOperations>();
        services.AddSingleton<PodSelectorLookup>();
        services.AddSingleton<IngressOperations>();
        services.AddSingleton<TlsSecretLookup>();
        services.AddSingleton<Gateways.GatewayOperations>();
        services.AddSingleton<Routes.HttpRouteOperations>();
        services.AddSingleton<GatewayMigration.GatewayMigrationService>();
        services.AddSingleton<GatewayMigration.NamespaceMigrationService>();
        services.AddSingleton<PortExposureService>();
        services.AddOptions<Hostnames.HostnameOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Hostnames.HostnameOptions>, Hostnames.HostnameOptionsValidator>());
        services.AddSingleton<Hostnames.HostnameService>();
        services.AddSingleton<Hostnames.HttpRouteHostnameService>();
        services.AddHostedService<Hostnames.HostnameReconciler>();
        services.AddOptions<ClusterHealthOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterHealthOptions>, ClusterHealthOptionsValidator>());
        services.AddSingleton<ClusterHealthMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ClusterHealthMonitor>());
        return services;
    }
}
