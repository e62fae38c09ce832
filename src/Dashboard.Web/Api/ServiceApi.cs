using System.Security.Claims;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Services;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>Create and delete Services (README, HTTP API): translations over <see cref="ServiceOperations"/>, which authorizes and validates.</summary>
public static class ServiceApi
{
    public static IEndpointRouteBuilder MapServiceApi(this IEndpointRouteBuilder api)
    {
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("Services");
        cluster.MapPost("/services", CreateAsync).WithSummary("Create a Service (?dryRun=true: checked by the API server, not stored)");
        cluster.MapGet("/namespaces/{ns}/services/{name}/dependents", DependentsAsync)
            .WithSummary("What stops working when the Service is deleted")
            .WithDescription("Ingresses of its namespace that name it (in a rule or as default backend), TCP/UDP ports exposed to it through " +
                             "ingress-nginx, and whether it is `default/kubernetes`, the cluster's own API Service. Each item has a `sentence` to show as is.");
        cluster.MapDelete("/namespaces/{ns}/services/{name}", DeleteAsync)
            .WithSummary("Delete a Service")
            .WithDescription("`default/kubernetes` is refused with 409: it is the cluster's own API Service.");
        return api;
    }

    private static async Task<Results<Created<ObjectChanged>, Ok<ObjectChanged>>> CreateAsync(
        Guid id, ServiceDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors,
        ServiceOperations services, CancellationToken cancellationToken)
    {
        var result = await services.CreateAsync(id, draft, await actors.ResolveAsync(user), dryRun == true, cancellationToken);
        return ObjectChanged.Respond(id, "services", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<Ok<IReadOnlyList<ServiceDependent>>> DependentsAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ServiceOperations services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await services.DependentsAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken));

    private static async Task<NoContent> DeleteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, ServiceOperations services, CancellationToken cancellationToken)
    {
        await services.DeleteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }
}
