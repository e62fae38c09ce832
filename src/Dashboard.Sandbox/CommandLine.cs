using System.Globalization;

namespace Dashboard.Sandbox;

/// <summary>The standalone sandbox's arguments: <c>--profile</c>, <c>--port</c>, <c>--kubeconfig</c>, <c>--token</c>.</summary>
internal static class CommandLine
{
    /// <summary>The options and kubeconfig path, or null when the arguments are not understood.</summary>
    public static (SandboxOptions Options, string? KubeconfigPath)? Parse(IReadOnlyList<string> args)
    {
        var options = new SandboxOptions();
        string? kubeconfig = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--profile" when value is not null && SandboxProfiles.Exists(value):
                    options = options with { Profile = value };
                    break;
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                    options = options with { Port = port };
                    break;
                case "--kubeconfig" when !string.IsNullOrWhiteSpace(value):
                    kubeconfig = value;
                    break;
                case "--token" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Token = value };
                    break;
                default:
                    return null;
            }

            i++;
        }

        return (options, kubeconfig);
    }
}
