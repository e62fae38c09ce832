using System.Security.Claims;
using Dashboard.Kubernetes.Resources;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>One Service or Ingress with what its page shows (endpoints, backend checks, events), from the watch caches.</summary>
public static class ResourceApi
{
    private const string EventsDescription =
        "Newest first, at most 50, as the dashboard's cache keeps them (the API server itself forgets events after about an hour). " +
        "`problem` says why none can be shown, e.g. when the cluster does not let the dashboard's credentials list events; " +
        "events about an object that no longer exists are still returned.";

    public static IEndpointRouteBuilder MapResourceApi(this IEndpointRouteBuilder api)
    {
        var ns = api.MapGroup("/clusters/{id:guid}/namespaces/{ns}").WithTags("Clusters");
        ns.MapGet("/services/{name}", ServiceAsync)
            .WithSummary("One Service with the endpoints behind it")
            .WithDescription("`service.endpoints` is `{ready, total}` from the Service's EndpointSlices (an endpoint without `conditions.ready` counts as ready), " +
                             "null for an ExternalName Service or when EndpointSlices cannot be read (then `endpointsProblem` says why); " +
                             "`service.endpointsNote` says plainly when no pod behind it is ready. `endpoints` lists pod, IP, node and readiness.");
        ns.MapGet("/services/{name}/events", ServiceEventsAsync).WithSummary("The Service's events").WithDescription(EventsDescription);
        ns.MapGet("/ingresses/{name}", IngressAsync)
            .WithSummary("One Ingress with each backend checked")
            .WithDescription("`backends` has one entry per rule path and the default backend: whether the Service exists, whether it has the port, " +
                             "its ready/total endpoints, and `problem`, the sentence to act on when the path would answer 503 (null when it can serve).");
        ns.MapGet("/ingresses/{name}/events", IngressEventsAsync).WithSummary("The Ingress's events").WithDescription(EventsDescription);
        return api;
    }

    private static async Task<Results<Ok<ServiceDetail>, NotFound<ProblemDetailsBody>>> ServiceAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken)
    {
        return await reads.ServiceAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.NotFound(NotFound("Service", ns, name));
    }

    private static async Task<Results<Ok<IngressDetail>, NotFound<ProblemDetailsBody>>> IngressAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken)
    {
        return await reads.IngressAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.NotFound(NotFound("Ingress", ns, name));
    }

    private static Task<Ok<ObjectEvents>> ServiceEventsAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        EventsAsync(EventSubject.Service, id, ns, name, user, actors, reads, cancellationToken);

    private static Task<Ok<ObjectEvents>> IngressEventsAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        EventsAsync(EventSubject.Ingress, id, ns, name, user, actors, reads, cancellationToken);

    private static async Task<Ok<ObjectEvents>> EventsAsync(
        EventSubject kind, Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.EventsAsync(id, kind, ns, name, await actors.ResolveAsync(user), cancellationToken));

    private static ProblemDetailsBody NotFound(string kind, string ns, string name) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = $"{kind} not found",
        Detail = $"The {kind} {ns}/{name} does not exist (any more) in this cluster.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    };
}
