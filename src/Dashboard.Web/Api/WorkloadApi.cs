using System.Security.Claims;
using Dashboard.Core.Workloads;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Workloads;
using Dashboard.Web.Components.Workloads;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

/// <summary>What a create returns: the object as sent (YAML) and whether it was only a dry run.</summary>
public sealed record WorkloadCreated(string Namespace, string Name, string Yaml, bool DryRun);

/// <summary>Create, edit and delete Services and Ingresses (README, HTTP API), with the wizards' validators and service layer.</summary>
public static class WorkloadApi
{
    public static IEndpointRouteBuilder MapWorkloadApi(this IEndpointRouteBuilder api)
    {
        var cluster = api.MapGroup("/clusters/{id:guid}").WithTags("Workloads");
        cluster.MapPost("/services", CreateServiceAsync).WithSummary("Create a Service (?dryRun=true: checked by the API server, not stored)");
        cluster.MapPost("/ingresses", CreateIngressAsync).WithSummary("Create an Ingress (?dryRun=true)");
        cluster.MapGet("/namespaces/{ns}/ingresses/{name}/draft", GetIngressDraftAsync).WithSummary("An Ingress as the draft the wizard and PUT take");
        cluster.MapPut("/namespaces/{ns}/ingresses/{name}", UpdateIngressAsync).WithSummary("Edit an Ingress (?dryRun=true); a concurrent change is re-read, never overwritten");
        cluster.MapDelete("/namespaces/{ns}/services/{name}", DeleteServiceAsync).WithSummary("Delete a Service");
        cluster.MapDelete("/namespaces/{ns}/ingresses/{name}", DeleteIngressAsync).WithSummary("Delete an Ingress");
        return api;
    }

    private static async Task<Results<Created<WorkloadCreated>, Ok<WorkloadCreated>>> CreateServiceAsync(
        Guid id, ServiceDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, IClusterResources resources,
        WorkloadService workloads, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(user);
        await new ServiceDraftValidator(await WorkloadValidation.ContextAsync(id, draft.Namespace, resources)).ValidateAndThrowAsync(draft, cancellationToken);
        var result = await workloads.CreateServiceAsync(id, draft, actor, dryRun == true, cancellationToken);
        return Respond(id, "services", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<Results<Created<WorkloadCreated>, Ok<WorkloadCreated>>> CreateIngressAsync(
        Guid id, IngressDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, IClusterResources resources,
        WorkloadService workloads, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(user);
        await new IngressDraftValidator(await WorkloadValidation.ContextAsync(id, draft.Namespace, resources)).ValidateAndThrowAsync(draft, cancellationToken);
        var result = await workloads.CreateIngressAsync(id, draft, options.Value.Hostnames.Domain, actor, dryRun == true, cancellationToken);
        return Respond(id, "ingresses", draft.Namespace, draft.Name, result.Yaml, result.DryRun);
    }

    private static async Task<Ok<IngressDraft>> GetIngressDraftAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, WorkloadService workloads,
        IOptions<DashboardOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workloads.GetIngressDraftAsync(id, ns, name, options.Value.Hostnames.Domain, await actors.ResolveAsync(user), cancellationToken));

    /// <summary>The route names the Ingress: a body naming another one is refused rather than silently retargeted.</summary>
    private static async Task<Ok<WorkloadCreated>> UpdateIngressAsync(
        Guid id, string ns, string name, IngressDraft draft, bool? dryRun, ClaimsPrincipal user, ActorResolver actors, IClusterResources resources,
        WorkloadService workloads, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(user);
        if ((draft.Namespace, draft.Name) != (ns, name))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(IngressDraft.Name),
                $"The body names the Ingress {draft.Namespace}/{draft.Name}, the address {ns}/{name}: an edit cannot move or rename an Ingress. Make them the same.")]);
        await new IngressDraftValidator(await WorkloadValidation.ContextAsync(id, ns, resources)).ValidateAndThrowAsync(draft, cancellationToken);
        var result = await workloads.UpdateIngressAsync(id, draft, options.Value.Hostnames.Domain, actor, dryRun == true, cancellationToken);
        return TypedResults.Ok(new WorkloadCreated(ns, name, result.Yaml, result.DryRun));
    }

    private static async Task<NoContent> DeleteServiceAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, WorkloadService workloads, CancellationToken cancellationToken)
    {
        await workloads.DeleteServiceAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteIngressAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, WorkloadService workloads, CancellationToken cancellationToken)
    {
        await workloads.DeleteIngressAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        return TypedResults.NoContent();
    }

    private static Results<Created<WorkloadCreated>, Ok<WorkloadCreated>> Respond(Guid id, string plural, string ns, string name, string yaml, bool dryRun)
    {
        var body = new WorkloadCreated(ns, name, yaml, dryRun);
        return dryRun ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/clusters/{id}/namespaces/{ns}/{plural}/{name}", body);
    }
}
