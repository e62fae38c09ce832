namespace Dashboard.Kubernetes.Services;

/// <summary>The dashboard refuses to delete a Service the cluster itself depends on; the message says why and how to do it anyway.</summary>
public sealed class ProtectedServiceException(string ns, string name, string message) : Exception(message)
{
    public string Namespace { get; } = ns;

    public string Name { get; } = name;
}
