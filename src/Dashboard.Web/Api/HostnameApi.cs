using System.Security.Claims;
using Dashboard.Core.Hostnames;
using Dashboard.Kubernetes.Hostnames;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>What "Generate hostname" answers: the state, the name or the CNAME records, and a sentence.</summary>
public sealed record HostnameResponse(HostnameOutcome Outcome, string? Hostname, string? Url, IReadOnlyList<string> CnameRecords, bool Changed, string Message);

/// <summary>
/// <c>POST …/ingresses/{name}/hostname</c> and <c>POST …/httproutes/{name}/hostname</c> (README, HTTP API): the pages'
/// one-click action over the same services.
/// </summary>
public static class HostnameApi
{
    public static IEndpointRouteBuilder MapHostnameApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/clusters/{id:guid}/namespaces/{ns}/ingresses/{name}/hostname", GenerateAsync)
            .WithTags("Ingresses")
            .WithSummary("Generate the hostname <ingress>.<namespace>.<ip>.<domain> for every rule without a host or with a generated one")
            .WithDescription("200 with the name; 202 while the load balancer has no address (filled in when it appears); 200 with the CNAME " +
                             "record for a load balancer that has only a DNS name; 422 when every host is the user's own or the name would be too long.");
        api.MapPost("/clusters/{id:guid}/namespaces/{ns}/httproutes/{name}/hostname", GenerateForRouteAsync)
            .WithTags("HTTP routes")
            .WithSummary("Generate the hostname <route>.<namespace>.<ip>.<domain> from the parent Gateway's address, for a route without hostnames or with a generated one")
            .WithDescription("200 with the name; 202 while the Gateway has no address (filled in when it appears); 200 with the CNAME record for a " +
                             "Gateway that has only a DNS name; 422 when every hostname is the user's own, the name would be too long, or the " +
                             "listeners the route attaches to accept only other hostnames.");
        return api;
    }

    private static async Task<Results<Ok<HostnameResponse>, Accepted<HostnameResponse>, ProblemHttpResult>> GenerateAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, HostnameService hostnames, CancellationToken cancellationToken) =>
        Answer(await hostnames.GenerateAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken), $"/api/v1/clusters/{id}/ingresses?namespace={ns}");

    private static async Task<Results<Ok<HostnameResponse>, Accepted<HostnameResponse>, ProblemHttpResult>> GenerateForRouteAsync(
        Guid id, string ns, string name, ClaimsPrincipal user, ActorResolver actors, HttpRouteHostnameService hostnames, CancellationToken cancellationToken) =>
        Answer(await hostnames.GenerateAsync(id, ns, name, await actors.ResolveAsync(user), cancellationToken), $"/api/v1/clusters/{id}/namespaces/{ns}/httproutes/{name}");

    private static Results<Ok<HostnameResponse>, Accepted<HostnameResponse>, ProblemHttpResult> Answer(HostnameResult result, string followAt)
    {
        var body = new HostnameResponse(result.Outcome, result.Hostname, result.Hostname is null ? null : $"http://{result.Hostname}/",
            result.CnameTargets.Select(HostnameResult.CnameRecord).ToList(), result.Changed, result.Message);
        return result.Outcome switch
        {
            HostnameOutcome.WaitingForAddress => TypedResults.Accepted(followAt, body),
            HostnameOutcome.Invalid => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The generated hostname would not be a DNS name"),
            HostnameOutcome.ListenerMismatch => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The route's listeners do not take the generated hostname"),
            HostnameOutcome.NotRequested => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No rule asks for a generated hostname"),
            _ => TypedResults.Ok(body),
        };
    }
}
