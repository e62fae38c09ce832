using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Errors;

/// <summary>A failure that the API answers with a <c>Status</c> body, as the real server does.</summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Always built by ApiErrors with a code and reason.")]
[SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Never leaves the emulator: it becomes an HTTP Status.")]
internal sealed class ApiException(int code, string reason, string message, JsonObject? details = null) : Exception(message)
{
    public int Code { get; } = code;

    public string Reason { get; } = reason;

    public JsonObject? Details { get; } = details;

    /// <summary>The Status JSON; built by hand because KubernetesJson cannot serialize V1Status.</summary>
    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = Reason,
        };
        if (Details is not null)
        {
            status["details"] = Details.DeepClone();
        }

        status["code"] = Code;
        return status;
    }
}
