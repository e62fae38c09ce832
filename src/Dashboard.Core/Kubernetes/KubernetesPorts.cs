namespace Dashboard.Core.Kubernetes;

/// <summary>Port numbers and protocols, worded like the API server's port checks.</summary>
public static class KubernetesPorts
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    /// <summary>The protocols the dashboard offers; SCTP is left out because few clusters and controllers carry it.</summary>
    public static IReadOnlyList<string> Protocols { get; } = ["TCP", "UDP"];

    public static string? Number(int port) =>
        port is >= MinPort and <= MaxPort ? null : $"Invalid value: {port}: must be between {MinPort} and {MaxPort}, inclusive.";

    /// <summary>A port number, or a port's name (an IANA_SVC_NAME) when it is not all digits, as a target port or an Ingress backend port.</summary>
    public static string? NumberOrName(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "Required value: enter a port number such as 80 or a port name such as 'http'.";
        if (!value.All(char.IsAsciiDigit))
            return KubernetesNames.PortName(value);
        return int.TryParse(value, out var number) ? Number(number) : $"Invalid value: {value}: must be between {MinPort} and {MaxPort}, inclusive.";
    }

    public static string? Protocol(string? protocol) =>
        protocol is not null && Protocols.Contains(protocol) ? null : $"Unsupported value: \"{protocol}\": supported values: \"TCP\", \"UDP\". Pick TCP or UDP (upper case).";
}
