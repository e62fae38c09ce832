using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>RFC 7807 bodies for results the endpoints return themselves (not thrown).</summary>
public sealed class ProblemDetailsBody : ProblemDetails
{
    public static ProblemDetailsBody ClusterNotFound(Guid id) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Cluster not found",
        Detail = new Dashboard.Core.Clusters.ClusterNotFoundException(id).Message,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    };
}
