using System.Security.Claims;
using Dashboard.Core.GatewayMigration;
using Dashboard.Kubernetes.GatewayMigration;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

/// <summary>Move an Ingress to Gateway API: a translation over <see cref="GatewayMigrationService"/>, which authorizes, validates and applies.</summary>
public static class GatewayMigrationApi
{
    public static IEndpointRouteBuilder MapGatewayMigrationApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/clusters/{id:guid}").WithTags("Ingresses")
            .MapPost("/namespaces/{ns}/ingresses/{name}/gateway-migration", MoveAsync)
            .WithSummary("Move an Ingress to Gateway API: the Gateway and HTTPRoutes that do what it does, created next to it (dryRun: only checked)");
        return api;
    }

    /// <summary>The body of the request: the class of a new Gateway, an existing Gateway or the new one's name, and whether to only check.</summary>
    public sealed record Request(string GatewayClassName, string? GatewayName, bool DryRun);

    /// <summary>The objects as YAML, and what could not be carried over and why.</summary>
    public sealed record Response(string Manifests, IReadOnlyList<NotTranslatedItem> NotTranslated, IReadOnlyList<TranslatedItem> Translated,
        IReadOnlyList<string> Notices, IReadOnlyList<string> Created, bool DryRun);

    private static async Task<Ok<Response>> MoveAsync(
        Guid id, string ns, string name, Request request, ClaimsPrincipal user, ActorResolver actors,
        GatewayMigrationService migration, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        var result = await migration.MoveAsync(id, ns, name, new GatewayMigrationChoice(request.GatewayClassName ?? "", request.GatewayName),
            options.Value.Hostnames.Domain, await actors.ResolveAsync(user), request.DryRun, cancellationToken);
        return TypedResults.Ok(new Response(result.Manifests, result.NotTranslated, result.Translated, result.Notices, result.Created, result.DryRun));
    }
}
