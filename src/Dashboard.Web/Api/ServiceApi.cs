using System.Security.Claims;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Services;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>Create and delete Services (README, HTTP API), with the wizard's validators and service layer.</summary>
public static class ServiceApi
{
    public static IEndpointRouteBuilder MapServiceApi(this IEndpointRouteBuilder api)
    {
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("Services");
        cluster.MapPost("/services", CreateAsync).WithSummary("Create a Service (?dryRun=true: checked by the API server, not stored)");
        cluster.MapDelete("/namespaces/{ns}/services/{name}", DeleteAsync).WithSummary("Delete a Service");
        return api;
    }

    private static async Task<Results<Created<ObjectChanged>, Ok<ObjectChanged>>> CreateAsync(
        Guid id, ServiceDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, DraftChecks checks,
        ServiceOperations services, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(user);
        await checks.ThrowIfInvalidAsync(id, draft, cancellationToken);
        var result = await services.CreateAsync(id, draft, actor, dryRun == true, cancellationToken);
        return ObjectChanged.Respond(id, "services", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<NoContent> DeleteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ServiceOperations services, CancellationToken cancellationToken)
    {
        await services.DeleteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }
}
