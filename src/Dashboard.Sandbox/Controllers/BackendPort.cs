namespace Dashboard.Sandbox.Controllers;

/// <summary>A Service port resolved against one pod: the Service port's name and protocol, the pod's port number.</summary>
internal sealed record BackendPort(string Name, string Protocol, long Port, string? AppProtocol)
{
    public string Key => $"{Name}/{Protocol}/{Port}/{AppProtocol}";
}
