using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.OpenApi;

/// <summary>The query and path parameters of the API's operations, as the real documents describe them (inline).</summary>
internal static class OpenApiParameters
{
    public static JsonObject Name(string what) => Path("name", $"name of the {what}");

    public static JsonObject Namespace() => Path("namespace", "object name and auth scope, such as for teams and projects");

    public static JsonObject Pretty() => Query("pretty", "string", "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).");

    public static IEnumerable<JsonObject> Write(bool patch)
    {
        yield return Query("dryRun", "string", "When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed");
        yield return Query("fieldManager", "string", "fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint." + (patch ? " This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch)." : string.Empty));
        yield return Query("fieldValidation", "string", "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.");
        if (patch)
        {
            yield return Query("force", "boolean", "Force is going to \"force\" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.");
        }
    }

    public static IEnumerable<JsonObject> List()
    {
        yield return Query("continue", "string", "The continue option should be set when retrieving more results from the server.");
        yield return Query("fieldSelector", "string", "A selector to restrict the list of returned objects by their fields. Defaults to everything.");
        yield return Query("labelSelector", "string", "A selector to restrict the list of returned objects by their labels. Defaults to everything.");
        yield return Query("limit", "integer", "limit is a maximum number of responses to return for a list call.");
        yield return Query("resourceVersion", "string", "resourceVersion sets a constraint on what resource versions a request may be served from.");
        yield return Query("timeoutSeconds", "integer", "Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.");
        yield return Query("watch", "boolean", "Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.");
    }

    public static IEnumerable<JsonObject> Delete()
    {
        yield return Query("dryRun", "string", "When present, indicates that modifications should not be persisted. Valid values are: - All: all dry run stages will be processed");
        yield return Query("gracePeriodSeconds", "integer", "The duration in seconds before the object should be deleted.");
        yield return Query("propagationPolicy", "string", "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'.");
    }

    private static JsonObject Path(string name, string description) => new()
    {
        ["name"] = name,
        ["in"] = "path",
        ["description"] = description,
        ["required"] = true,
        ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true },
    };

    private static JsonObject Query(string name, string type, string description) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = type, ["uniqueItems"] = true },
    };
}
