using Dashboard.Core.Kubernetes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>Names of the objects a migration makes, kept within the DNS-1123 subdomain length.</summary>
internal static class ObjectNames
{
    public static string WithSuffix(string name, string suffix)
    {
        var room = KubernetesNames.SubdomainMaxLength - suffix.Length;
        var stem = name.Length <= room ? name : name[..room].TrimEnd('-', '.');
        return stem + suffix;
    }
}
