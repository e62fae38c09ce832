using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Kubeconfigs;
using Dashboard.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// Turns the service layer's refusals into problem details with a message a person can act on.
/// Only for <c>/api</c>: pages have their own error UI. Unknown exceptions stay 500 without details.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
            return false;
        var problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(
                validation.Errors.GroupBy(e => Camel(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request has invalid fields",
                Detail = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)),
            },
            KubeconfigRejectedException rejected => Problem(StatusCodes.Status400BadRequest, "The kubeconfig was refused", rejected.Message, rejected.Field),
            ClusterUnreachableException unreachable => Problem(StatusCodes.Status422UnprocessableEntity, "The cluster did not answer", unreachable.Message),
            Dashboard.Kubernetes.Services.ProtectedServiceException protectedService => Problem(StatusCodes.Status409Conflict, "The Service is protected", protectedService.Message),
            DuplicateClusterNameException duplicate => Problem(StatusCodes.Status409Conflict, "The name is taken", duplicate.Message),
            InsecureConnectionNotAcceptedException insecure => Problem(StatusCodes.Status422UnprocessableEntity, "The connection to the cluster would not be protected", insecure.Message),
            DuplicateServerException sameServer => Problem(StatusCodes.Status409Conflict, "The API server is already registered", sameServer.Message),
            CredentialsNotReplacedException notReplaced => Problem(StatusCodes.Status422UnprocessableEntity, "The new kubeconfig failed its connection test", notReplaced.Message),
            Dashboard.Kubernetes.Resources.ClusterUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "The cluster does not answer", unavailable.Message),
            Dashboard.Kubernetes.Ingresses.IngressNotEditableException notEditable => Problem(StatusCodes.Status422UnprocessableEntity, "The Ingress cannot be edited as a draft", notEditable.Message),
            Dashboard.Kubernetes.Changes.ApiServerRejectedException rejected => Problem(rejected.StatusCode, "The API server refused it", rejected.Message),
            ClusterNotFoundException missing => Problem(StatusCodes.Status404NotFound, "Cluster not found", missing.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Message),
            NotSignedInException notSignedIn => Problem(StatusCodes.Status401Unauthorized, "Not signed in", notSignedIn.Message),
            UserChangeRefusedException refused => Problem(StatusCodes.Status400BadRequest, "The change was refused", refused.Message),
            BadHttpRequestException bad => Problem(StatusCodes.Status400BadRequest, "The request could not be read", bad.Message),
            _ => null,
        };
        if (problem is null)
            return false;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail, string? field = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
            problem.Extensions["field"] = field;
        return problem;
    }

    /// <summary>"Ports[0].NodePort" → "ports[0].nodePort": the JSON names a client sent.</summary>
    private static string Camel(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
