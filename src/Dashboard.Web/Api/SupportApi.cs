using System.Security.Claims;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Support;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>The support matrix and the read side of a cluster (README, HTTP API), served from the watch caches.</summary>
public static class SupportApi
{
    public static IEndpointRouteBuilder MapSupportApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/support-matrix", MatrixAsync).WithTags("Support").WithSummary("The support table: what each platform promises");
        api.MapGet("/support-matrix/today", TodayAsync).WithTags("Support")
            .WithSummary("What each platform offers today: Gateway API controllers and classes, a Gateway's address, TCP/UDP routes, the ingress controller");
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("Clusters");
        cluster.MapGet("/support", SupportAsync).WithSummary("The promise and the observation for this cluster")
            .WithDescription("`today` is the platform's row of today; `gatewayApi` says whether the cluster serves Gateway API, its GatewayClasses " +
                             "with their controllers and whether they were accepted, and the ingress-nginx retirement notice where it applies.");
        cluster.MapGet("/namespaces", NamespacesAsync).WithSummary("Namespaces");
        cluster.MapGet("/services", ServicesAsync).WithSummary("Services with their ready/total endpoints (?namespace=&search=&skip=&take=)")
            .WithDescription("Each item's `endpoints` is `{ready, total}` from its EndpointSlices (null for ExternalName, or when EndpointSlices cannot be read); " +
                             "`endpointsNote` says plainly when no pod behind it is ready, or that its endpoints are managed by hand.");
        cluster.MapGet("/ingresses", IngressesAsync).WithSummary("Ingresses with their addresses and hosts (?namespace=&search=&skip=&take=)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SupportRow>>> MatrixAsync(ClaimsPrincipal user, ActorResolver actors, ClusterReads reads) =>
        TypedResults.Ok(reads.SupportMatrix(await actors.ResolveAsync(user)));

    private static async Task<Ok<IReadOnlyList<PlatformToday>>> TodayAsync(ClaimsPrincipal user, ActorResolver actors, ClusterReads reads) =>
        TypedResults.Ok(reads.TodayMatrix(await actors.ResolveAsync(user)));

    private static async Task<Ok<ClusterSupportReport>> SupportAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.SupportAsync(id, await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Ok<IReadOnlyList<string>>> NamespacesAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.NamespacesAsync(id, await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Ok<ResourcePage<ServiceInfo>>> ServicesAsync(
        Guid id, string? @namespace, string? search, int? skip, int? take, ClaimsPrincipal user, ActorResolver actors,
        ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.ServicesAsync(id, new ResourceQuery(@namespace, search, skip ?? 0, take ?? 50), await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Ok<ResourcePage<IngressInfo>>> IngressesAsync(
        Guid id, string? @namespace, string? search, int? skip, int? take, ClaimsPrincipal user, ActorResolver actors,
        ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.IngressesAsync(id, new ResourceQuery(@namespace, search, skip ?? 0, take ?? 50), await actors.ResolveAsync(user), cancellationToken));
}
