using System.Security.Claims;
using Dashboard.Core.Gateways;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Resources;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>Gateways of a cluster: reads from the watch caches, and create and delete over <see cref="GatewayOperations"/>, which authorizes and validates.</summary>
public static class GatewayApi
{
    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder api)
    {
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("Gateways");
        cluster.MapGet("/gateways", ListAsync).WithSummary("Gateways with their class, addresses, listeners and attached routes (?namespace=&search=&skip=&take=)");
        cluster.MapGet("/namespaces/{ns}/gateways/{name}", GetAsync)
            .WithSummary("One Gateway: its listeners with their conditions in plain words, and the routes attached to it");
        cluster.MapPost("/gateways", CreateAsync).WithSummary("Create a Gateway (?dryRun=true): its class must exist on the cluster, HTTPS listeners name their certificate Secret");
        cluster.MapDelete("/namespaces/{ns}/gateways/{name}", DeleteAsync).WithSummary("Delete a Gateway; routes attached to it stay");
        return api;
    }

    private static async Task<Ok<ResourcePage<GatewayInfo>>> ListAsync(
        Guid id, string? @namespace, string? search, int? skip, int? take, ClaimsPrincipal user, ActorResolver actors,
        ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.GatewaysAsync(id, new ResourceQuery(@namespace, search, skip ?? 0, take ?? 50), await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Results<Ok<GatewayDetail>, NotFound<ProblemDetailsBody>>> GetAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        await reads.GatewayAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken) is { } gateway
            ? TypedResults.Ok(gateway)
            : TypedResults.NotFound(new ProblemDetailsBody
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Gateway not found",
                Detail = $"The Gateway {ns}/{name} does not exist (any more) in this cluster.",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            });

    private static async Task<Results<Created<ObjectChanged>, Ok<ObjectChanged>>> CreateAsync(
        Guid id, GatewayDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, GatewayOperations gateways, CancellationToken cancellationToken)
    {
        var result = await gateways.CreateAsync(id, draft, await actors.ResolveAsync(user), dryRun == true, cancellationToken);
        return ObjectChanged.Respond(id, "gateways", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<NoContent> DeleteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, GatewayOperations gateways, CancellationToken cancellationToken)
    {
        await gateways.DeleteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }
}
