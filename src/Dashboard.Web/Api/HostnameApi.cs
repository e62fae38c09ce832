using System.Security.Claims;
using Dashboard.Core.Hostnames;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>What "Generate hostname" answers: the state, the name or the CNAME records, and a sentence.</summary>
public sealed record HostnameResponse(HostnameOutcome Outcome, string? Hostname, string? Url, IReadOnlyList<string> CnameRecords, bool Changed, string Message);

/// <summary><c>POST …/ingresses/{name}/hostname</c> (README, HTTP API): the page's one-click action over the same service.</summary>
public static class HostnameApi
{
    public static IEndpointRouteBuilder MapHostnameApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/clusters/{id:guid}/namespaces/{ns}/ingresses/{name}/hostname", GenerateAsync)
            .WithTags("Ingresses")
            .WithSummary("Generate the hostname <ingress>.<namespace>.<ip>.<domain> for every rule without a host or with a generated one")
            .WithDescription("200 with the name; 202 while the load balancer has no address (filled in when it appears); 200 with the CNAME " +
                             "record for a load balancer that has only a DNS name; 422 when every host is the user's own or the name would be too long.");
        return api;
    }

    private static async Task<Results<Ok<HostnameResponse>, Accepted<HostnameResponse>, ProblemHttpResult>> GenerateAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, HostnameService hostnames, CancellationToken cancellationToken)
    {
        var result = await hostnames.GenerateAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken);
        var body = new HostnameResponse(result.Outcome, result.Hostname, result.Hostname is null ? null : $"http://{result.Hostname}/",
            result.CnameTargets.Select(HostnameResult.CnameRecord).ToList(), result.Changed, result.Message);
        return result.Outcome switch
        {
            HostnameOutcome.WaitingForAddress => TypedResults.Accepted($"/api/v1/clusters/{id}/ingresses?namespace={ns}", body),
            HostnameOutcome.Invalid => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The generated hostname would not be a DNS name"),
            HostnameOutcome.NotRequested => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No rule asks for a generated hostname"),
            _ => TypedResults.Ok(body),
        };
    }
}
