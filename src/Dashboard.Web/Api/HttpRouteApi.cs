using System.Security.Claims;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>HTTPRoutes of a cluster: reads from the watch caches, and create and delete over <see cref="HttpRouteOperations"/>, which authorizes and validates.</summary>
public static class HttpRouteApi
{
    public static IEndpointRouteBuilder MapHttpRouteApi(this IEndpointRouteBuilder api)
    {
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("HTTP routes");
        cluster.MapGet("/httproutes", ListAsync)
            .WithSummary("HTTPRoutes with their hostnames, parent Gateways (accepted or not) and backends (?namespace=&search=&skip=&take=)");
        cluster.MapGet("/namespaces/{ns}/httproutes/{name}", GetAsync)
            .WithSummary("One HTTPRoute: its rules, its parents' conditions in plain words and addresses, and its backends checked");
        return api;
    }

    private static async Task<Ok<ResourcePage<RouteInfo>>> ListAsync(
        Guid id, string? @namespace, string? search, int? skip, int? take, ClaimsPrincipal user, ActorResolver actors,
        ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.HttpRoutesAsync(id, new ResourceQuery(@namespace, search, skip ?? 0, take ?? 50), await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Results<Ok<HttpRouteDetail>, NotFound<ProblemDetailsBody>>> GetAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        await reads.HttpRouteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken) is { } route
            ? TypedResults.Ok(route)
            : TypedResults.NotFound(new ProblemDetailsBody
            {
                Status = StatusCodes.Status404NotFound,
                Title = "HTTPRoute not found",
                Detail = $"The HTTPRoute {ns}/{name} does not exist (any more) in this cluster.",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            });
}
