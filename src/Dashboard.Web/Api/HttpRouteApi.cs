using System.Security.Claims;
using Dashboard.Core.Routes;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Routes;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

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
        cluster.MapPost("/httproutes", CreateAsync).WithSummary("Create an HTTPRoute (?dryRun=true): its parent Gateways and backend Services are checked first");
        cluster.MapDelete("/namespaces/{ns}/httproutes/{name}", DeleteAsync).WithSummary("Delete an HTTPRoute; its Gateway and Services stay");
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

    private static async Task<Results<Created<ObjectChanged>, Ok<ObjectChanged>>> CreateAsync(
        Guid id, HttpRouteDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, HttpRouteOperations routes,
        IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var result = await routes.CreateAsync(id, draft, options.Value.Hostnames.Domain, await actors.ResolveAsync(user), dryRun == true, cancellationToken);
        return ObjectChanged.Respond(id, "httproutes", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<NoContent> DeleteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, HttpRouteOperations routes, CancellationToken cancellationToken)
    {
        await routes.DeleteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }
}
