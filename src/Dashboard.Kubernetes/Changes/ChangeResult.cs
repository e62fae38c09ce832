using k8s.Models;

namespace Dashboard.Kubernetes.Changes;

// "Object" is the Kubernetes word for what the server stored; the API's JSON field is named after it.
#pragma warning disable CA1720

/// <summary>What the API server answered (stored, or what would be stored on a dry run) and its YAML.</summary>
public sealed record ChangeResult<T>(T Object, string Yaml, bool DryRun)
{
    internal static ChangeResult<T> Of<TObject>(TObject obj, bool dryRun)
        where TObject : T, IMetadata<V1ObjectMeta>
    {
        // Field ownership bookkeeping is noise to a person reading the YAML.
        obj.Metadata.ManagedFields = null;
        return new ChangeResult<T>(obj, ManifestYaml.ToYaml(obj), dryRun);
    }
}
