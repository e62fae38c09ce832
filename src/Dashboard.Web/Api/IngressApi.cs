using System.Security.Claims;
using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

/// <summary>Create, edit and delete Ingresses (README, HTTP API): translations over <see cref="IngressOperations"/>, which authorizes and validates.</summary>
public static class IngressApi
{
    public static IEndpointRouteBuilder MapIngressApi(this IEndpointRouteBuilder api)
    {
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("Ingresses");
        cluster.MapPost("/ingresses", CreateAsync).WithSummary("Create an Ingress (?dryRun=true)");
        cluster.MapGet("/namespaces/{ns}/ingresses/{name}/draft", GetDraftAsync).WithSummary("An Ingress as the draft the wizard and PUT take");
        cluster.MapPut("/namespaces/{ns}/ingresses/{name}", UpdateAsync).WithSummary("Edit an Ingress (?dryRun=true); a concurrent change is re-read, never overwritten");
        cluster.MapDelete("/namespaces/{ns}/ingresses/{name}", DeleteAsync).WithSummary("Delete an Ingress");
        return api;
    }

    private static async Task<Results<Created<ObjectChanged>, Ok<ObjectChanged>>> CreateAsync(
        Guid id, IngressDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors,
        IngressOperations ingresses, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var result = await ingresses.CreateAsync(id, draft, options.Value.Hostnames.Domain, await actors.ResolveAsync(user), dryRun == true, cancellationToken);
        return ObjectChanged.Respond(id, "ingresses", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<Ok<IngressDraft>> GetDraftAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, IngressOperations ingresses,
        IOptions<DashboardOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ingresses.GetDraftAsync(id, ns, name, options.Value.Hostnames.Domain, await actors.ResolveAsync(user), cancellationToken));

    /// <summary>The route names the Ingress: the service refuses a body naming another one rather than retargeting it.</summary>
    private static async Task<Ok<ObjectChanged>> UpdateAsync(
        Guid id, string ns, string name, IngressDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors,
        IngressOperations ingresses, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var result = await ingresses.UpdateAsync(id, ns, name, draft, options.Value.Hostnames.Domain, await actors.ResolveAsync(user), dryRun == true, cancellationToken);
        return TypedResults.Ok(new ObjectChanged(ns, name, result.Yaml, result.DryRun));
    }

    private static async Task<NoContent> DeleteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, IngressOperations ingresses, CancellationToken cancellationToken)
    {
        await ingresses.DeleteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }
}
