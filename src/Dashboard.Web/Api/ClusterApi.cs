using Dashboard.Core.Clusters;
using Dashboard.Core.Registration;
using System.Security.Claims;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>The cluster rows of the HTTP API (README, HTTP API), over the same services as the UI.</summary>
public static class ClusterApi
{
    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder api)
    {
        var clusters = api.MapGroup("/clusters").WithTags("Clusters");
        clusters.MapGet("/", ListAsync).WithSummary("Registered clusters, by name");
        clusters.MapPost("/", RegisterAsync).WithSummary("Register a cluster from a kubeconfig");
        clusters.MapGet("/{id:guid}", GetAsync).WithSummary("One cluster");
        clusters.MapPut("/{id:guid}", UpdateAsync).WithSummary("Rename a cluster or change its provider kind");
        clusters.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Forget a cluster and its stored kubeconfig");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ClusterSummary>>> ListAsync(
        ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.ClustersAsync(await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Results<Ok<ClusterSummary>, NotFound<ProblemDetailsBody>>> GetAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, CancellationToken cancellationToken)
    {
        return await reads.ClusterAsync(id, await actors.ResolveAsync(user), cancellationToken) is { } cluster
            ? TypedResults.Ok(cluster)
            : TypedResults.NotFound(ProblemDetailsBody.ClusterNotFound(id));
    }

    /// <remarks>Errors (validation, refused kubeconfig, unreachable, duplicate name) become problem details in <see cref="ApiExceptionHandler"/>.</remarks>
    private static async Task<Created<ClusterSummary>> RegisterAsync(
        RegisterClusterDraft draft, ClaimsPrincipal user, ActorResolver actors, ClusterRegistrationService registration, CancellationToken cancellationToken)
    {
        var cluster = await registration.RegisterAsync(draft, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.Created($"/api/v1/clusters/{cluster.Id}", cluster);
    }

    private static async Task<Ok<ClusterSummary>> UpdateAsync(
        Guid id, ClusterEdit edit, ClaimsPrincipal user, ActorResolver actors, ClusterRegistrationService registration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await registration.UpdateAsync(id, edit, await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Results<NoContent, NotFound<ProblemDetailsBody>>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, ClusterRegistrationService registration, CancellationToken cancellationToken) =>
        await registration.DeleteAsync(id, await actors.ResolveAsync(user), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound(ProblemDetailsBody.ClusterNotFound(id));
}
