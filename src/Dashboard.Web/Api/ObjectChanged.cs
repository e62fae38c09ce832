using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Api;

/// <summary>What a create or edit returns: the object as sent (YAML) and whether it was only a dry run.</summary>
public sealed record ObjectChanged(string Namespace, string Name, string Yaml, bool DryRun)
{
    /// <summary>201 with the new object's address, or 200 for a dry run (nothing was created).</summary>
    public static Results<Created<ObjectChanged>, Ok<ObjectChanged>> Respond(Guid clusterId, string plural, string ns, string name, string yaml, bool dryRun)
    {
        var body = new ObjectChanged(ns, name, yaml, dryRun);
        return dryRun ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/clusters/{clusterId}/namespaces/{ns}/{plural}/{name}", body);
    }
}
