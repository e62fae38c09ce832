namespace Dashboard.Sandbox.Profiles;

/// <summary>One Gateway API implementation a platform runs: the controllerName its classes name, and the listener protocols it programs.</summary>
internal sealed record GatewayImplementation(string ControllerName, IReadOnlyList<string> Protocols)
{
    public static IReadOnlyList<string> AllProtocols { get; } = ["HTTP", "HTTPS", "TLS", "TCP", "UDP"];

    public static IReadOnlyList<string> HttpProtocols { get; } = ["HTTP", "HTTPS"];
}
