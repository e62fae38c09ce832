using System.Text.Json.Nodes;
using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Errors;

/// <summary>The real server's error messages, word for word, for the cases the emulator produces.</summary>
internal static class ApiErrors
{
    public static ApiException NotFound(ResourceKind kind, string name) =>
        new(404, "NotFound", $"{kind.GroupResource} \"{name}\" not found", Details(kind, name));

    public static ApiException NamespaceNotFound(string name) =>
        new(404, "NotFound", $"namespaces \"{name}\" not found", new JsonObject { ["name"] = name, ["kind"] = "namespaces" });

    public static ApiException NoSuchResource() =>
        new(404, "NotFound", "the server could not find the requested resource", new JsonObject());

    public static ApiException AlreadyExists(ResourceKind kind, string name) =>
        new(409, "AlreadyExists", $"{kind.GroupResource} \"{name}\" already exists", Details(kind, name));

    public static ApiException Conflict(ResourceKind kind, string name) =>
        new(409, "Conflict",
            $"Operation cannot be fulfilled on {kind.GroupResource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
            Details(kind, name));

    public static ApiException PreconditionFailed(ResourceKind kind, string name, string expected, string actual) =>
        new(409, "Conflict",
            $"Operation cannot be fulfilled on {kind.GroupResource} \"{name}\": the ResourceVersion in the precondition ({expected}) does not match the ResourceVersion in record ({actual}). The object might have been modified",
            Details(kind, name));

    public static ApiException Forbidden(ResourceKind kind, string name, string why) =>
        new(403, "Forbidden", $"{kind.GroupResource} \"{name}\" is forbidden: {why}", Details(kind, name));

    /// <summary>The NamespaceLifecycle admission plugin's answer to a create in a namespace being deleted.</summary>
    public static ApiException NamespaceTerminating(ResourceKind kind, string name, string ns)
    {
        var subject = name.Length == 0 ? kind.GroupResource : $"{kind.GroupResource} \"{name}\"";
        var details = Details(kind, name);
        details["causes"] = new JsonArray(new JsonObject
        {
            ["reason"] = "NamespaceTerminating",
            ["message"] = $"namespace {ns} is being terminated",
            ["field"] = "metadata.namespace",
        });
        return new(403, "Forbidden", $"{subject} is forbidden: unable to create new content in namespace {ns} because it is being terminated", details);
    }

    /// <summary>A second DELETE of a namespace whose content is still being removed (registry core/namespace/storage).</summary>
    public static ApiException NamespaceFinalizing(ResourceKind kind, string name) =>
        new(409, "Conflict",
            $"Operation cannot be fulfilled on {kind.GroupResource} \"{name}\": The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system.",
            Details(kind, name));

    public static ApiException UidPreconditionFailed(ResourceKind kind, string name, string expected, string actual) =>
        new(409, "Conflict",
            $"Operation cannot be fulfilled on {kind.GroupResource} \"{name}\": Precondition failed: UID in precondition: {expected}, UID in object meta: {actual}",
            Details(kind, name));

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException MethodNotAllowed(string verb, ResourceKind kind) =>
        new(405, "MethodNotAllowed", $"the server does not allow this method on the requested resource ({verb} {kind.GroupResource})", new JsonObject());

    public static ApiException UnsupportedMediaType(string contentType) =>
        new(415, "UnsupportedMediaType",
            $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got \"{contentType}\")");

    /// <summary>406: the Accept header asks for a form the object cannot take (apiserver's errNotAcceptable).</summary>
    public static ApiException NotAcceptable(string message) => new(406, "NotAcceptable", message);

    public static ApiException Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    public static ApiException Expired(string message) => new(410, "Expired", message);

    public static ApiException Internal(string message) =>
        new(500, "InternalError", $"Internal error occurred: {message}", new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["message"] = message }) });

    /// <summary>422 Invalid: <c>Service "Web" is invalid: metadata.name: Invalid value: …</c>.</summary>
    public static ApiException Invalid(ResourceKind kind, string name, IReadOnlyList<FieldError> errors)
    {
        var joined = errors.Count == 1 ? errors[0].ToString() : $"[{string.Join(", ", errors)}]";
        var causes = new JsonArray();
        foreach (var error in errors)
        {
            causes.Add(new JsonObject { ["reason"] = error.Reason, ["message"] = error.Message, ["field"] = error.Field });
        }

        var details = new JsonObject { ["name"] = name };
        if (kind.Group.Length > 0)
        {
            details["group"] = kind.Group;
        }

        details["kind"] = kind.Kind;
        details["causes"] = causes;
        return new ApiException(422, "Invalid", $"{kind.GroupKind} \"{name}\" is invalid: {joined}", details);
    }

    private static JsonObject Details(ResourceKind kind, string name)
    {
        var details = new JsonObject { ["name"] = name };
        if (kind.Group.Length > 0)
        {
            details["group"] = kind.Group;
        }

        details["kind"] = kind.Plural;
        return details;
    }
}
