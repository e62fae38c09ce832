using System.Text;
using System.Text.Json;

namespace Dashboard.Sandbox;

/// <summary>A kubeconfig for a sandbox: one cluster, one token user, one context, all with the same name.</summary>
internal static class Kubeconfig
{
    public static string Render(Uri server, string certificateAuthorityPem, string token, string contextName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contextName);

        // JSON strings are valid YAML double-quoted scalars: safe for any context name.
        var name = JsonSerializer.Serialize(contextName);
        var url = JsonSerializer.Serialize(server.ToString().TrimEnd('/'));
        var secret = JsonSerializer.Serialize(token);
        var authority = Convert.ToBase64String(Encoding.UTF8.GetBytes(certificateAuthorityPem));
        return new StringBuilder()
            .Append("apiVersion: v1\n")
            .Append("kind: Config\n")
            .Append("clusters:\n")
            .Append($"- name: {name}\n")
            .Append($"  cluster:\n    server: {url}\n    certificate-authority-data: {authority}\n")
            .Append("users:\n")
            .Append($"- name: {name}\n")
            .Append($"  user:\n    token: {secret}\n")
            .Append("contexts:\n")
            .Append($"- name: {name}\n")
            .Append($"  context:\n    cluster: {name}\n    user: {name}\n    namespace: default\n")
            .Append($"current-context: {name}\n")
            .Append("preferences: {}\n")
            .ToString();
    }

    /// <summary>Writes it readable by the owner only: it holds the token.</summary>
    public static async Task WriteAsync(string path, string yaml, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(fullPath, options))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(yaml), cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode only applies to new files; an existing one may have been wider.
            File.SetUnixFileMode(fullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
