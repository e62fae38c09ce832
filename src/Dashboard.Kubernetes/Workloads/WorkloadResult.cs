namespace Dashboard.Kubernetes.Workloads;

// "Object" is the Kubernetes word for what the server stored; the API's JSON field is named after it.
#pragma warning disable CA1720

/// <summary>What the API server answered (stored, or what would be stored on a dry run) and its YAML.</summary>
public sealed record WorkloadResult<T>(T Object, string Yaml, bool DryRun);
