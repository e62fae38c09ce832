using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Api;

/// <summary>The <c>/version</c> document for a gitVersion such as <c>v1.32.4</c>.</summary>
internal static class VersionInfo
{
    public static JsonObject Document(string gitVersion)
    {
        var parts = gitVersion.TrimStart('v').Split('.', '-', '+');
        return new JsonObject
        {
            ["major"] = parts[0],
            ["minor"] = parts.Length > 1 ? parts[1] : "0",
            ["gitVersion"] = gitVersion,
            ["gitCommit"] = "59526cd4867447956156ae3a602fcbac10a2c335",
            ["gitTreeState"] = "clean",
            ["buildDate"] = "2025-04-22T16:02:27Z",
            ["goVersion"] = "go1.23.8",
            ["compiler"] = "gc",
            ["platform"] = "linux/amd64",
        };
    }
}
