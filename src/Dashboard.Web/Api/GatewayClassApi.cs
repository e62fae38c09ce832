using System.Security.Claims;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Resources;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>The GatewayClasses of a cluster, from the watch caches, through the same read gate as the pages.</summary>
public static class GatewayClassApi
{
    public static IEndpointRouteBuilder MapGatewayClassApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/clusters/{id:guid}/gatewayclasses", ListAsync).WithTags("Gateways")
            .WithSummary("The cluster's GatewayClasses with their controller and whether it accepted them (empty where Gateway API is not served)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<GatewayClassInfo>>> ListAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.GatewayClassesAsync(id, await actors.ResolveAsync(user), cancellationToken));
}
