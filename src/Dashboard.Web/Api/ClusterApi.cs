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
        clusters.MapGet("/", ListAsync).WithSummary("Registered clusters, by name")
            .WithDescription("Optional `search` (a part of the name, server URL or provider kind, any case), `offset` and `limit` " +
                             $"(1–{ClusterQuery.MaxTake}) give one page; the `{TotalCountHeader}` header then says how many match in all. " +
                             "Without them, every cluster.");
        clusters.MapPost("/", RegisterAsync).WithSummary("Register a cluster from a kubeconfig")
            .WithDescription("An API server another cluster is already registered with is 409 unless `allowDuplicateServer` is true; " +
                             "a cluster that does not answer is 422 unless `saveIfUnreachable` is true.");
        clusters.MapGet("/{id:guid}", GetAsync).WithSummary("One cluster");
        clusters.MapPut("/{id:guid}", ReplaceAsync).WithSummary("Set a cluster's name and provider kind, and optionally replace its kubeconfig")
            .WithDescription(EditDescription + " A provider left out is cleared (the detected kind is shown then).");
        clusters.MapPatch("/{id:guid}", PatchAsync).WithSummary("Change some of a cluster's name, provider kind and kubeconfig")
            .WithDescription(EditDescription + " A field left out keeps its value.");
        clusters.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Forget a cluster and its stored kubeconfig");
        return api;
    }

    /// <summary>How many clusters match a paged list's search, beyond the page returned.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    private static async Task<Results<Ok<IReadOnlyList<ClusterSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, ActorResolver actors, ClusterReads reads, HttpResponse response, CancellationToken cancellationToken,
        string? search = null, int? offset = null, int? limit = null)
    {
        var actor = await actors.ResolveAsync(user);
        if (search is null && offset is null && limit is null)
            return TypedResults.Ok(await reads.ClustersAsync(actor, cancellationToken));

        var errors = new Dictionary<string, string[]>();
        if (offset < 0)
            errors["offset"] = [$"offset is {offset}; use 0 or more (the number of clusters to skip)."];
        if (limit is < 1 or > ClusterQuery.MaxTake)
            errors["limit"] = [$"limit is {limit}; use 1 to {ClusterQuery.MaxTake} clusters a page."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, string.Join(" ", errors.Values.SelectMany(e => e)), title: "The request has invalid fields");

        var page = await reads.ClusterPageAsync(new ClusterQuery(search, offset ?? 0, limit ?? ClusterQuery.MaxTake), actor, cancellationToken);
        response.Headers[TotalCountHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Items);
    }

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

    private const string EditDescription =
        "A new `kubeconfig` (with an optional `context`) is sanitised like a registration's and must pass a connection test " +
        "before it replaces the stored one: a refused or failing one is a problem with the reason (400, 422) and the cluster keeps its " +
        "credentials. One whose API server another cluster has is 409 unless `allowDuplicateServer` is true.";

    /// <remarks>PUT replaces name and kind: both are what the body says, a missing name is a validation problem.</remarks>
    private static async Task<Ok<ClusterSummary>> ReplaceAsync(
        Guid id, EditClusterDraft draft, ClaimsPrincipal user, ActorResolver actors, ClusterRegistrationService registration, CancellationToken cancellationToken)
    {
        draft.Name ??= "";
        draft.Provider ??= Dashboard.Core.Providers.ProviderKind.Unknown;
        return TypedResults.Ok(await registration.EditAsync(id, draft, await actors.ResolveAsync(user), cancellationToken));
    }

    private static async Task<Ok<ClusterSummary>> PatchAsync(
        Guid id, EditClusterDraft draft, ClaimsPrincipal user, ActorResolver actors, ClusterRegistrationService registration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await registration.EditAsync(id, draft, await actors.ResolveAsync(user), cancellationToken));

    private static async Task<Results<NoContent, NotFound<ProblemDetailsBody>>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, ClusterRegistrationService registration, CancellationToken cancellationToken) =>
        await registration.DeleteAsync(id, await actors.ResolveAsync(user), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound(ProblemDetailsBody.ClusterNotFound(id));
}
