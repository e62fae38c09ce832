using System.Security.Claims;
using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

/// <summary>Create, edit and delete Ingresses (README, HTTP API), with the wizard's validators and service layer.</summary>
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
        Guid id, IngressDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, DraftChecks checks,
        IngressOperations ingresses, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(user);
        await checks.ThrowIfInvalidAsync(id, draft, cancellationToken);
        var result = await ingresses.CreateAsync(id, draft, options.Value.Hostnames.Domain, actor, dryRun == true, cancellationToken);
        return ObjectChanged.Respond(id, "ingresses", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<Ok<IngressDraft>> GetDraftAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, IngressOperations ingresses,
        IOptions<DashboardOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ingresses.GetDraftAsync(id, ns, name, options.Value.Hostnames.Domain, await actors.ResolveAsync(user), cancellationToken));

    /// <summary>The route names the Ingress: a body naming another one is refused rather than silently retargeted.</summary>
    private static async Task<Ok<ObjectChanged>> UpdateAsync(
        Guid id, string ns, string name, IngressDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, DraftChecks checks,
        IngressOperations ingresses, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(user);
        if ((draft.Namespace, draft.Name) != (ns, name))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(IngressDraft.Name),
                $"The body names the Ingress {draft.Namespace}/{draft.Name}, the address {ns}/{name}: an edit cannot move or rename an Ingress. Make them the same.")]);
        await checks.ThrowIfInvalidAsync(id, draft, cancellationToken);
        var result = await ingresses.UpdateAsync(id, draft, options.Value.Hostnames.Domain, actor, dryRun == true, cancellationToken);
        return TypedResults.Ok(new ObjectChanged(ns, name, result.Yaml, result.DryRun));
    }

    private static async Task<NoContent> DeleteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, IngressOperations ingresses, CancellationToken cancellationToken)
    {
        await ingresses.DeleteAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }
}
