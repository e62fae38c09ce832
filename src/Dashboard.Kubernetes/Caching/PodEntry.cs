namespace Dashboard.Kubernetes.Caching;

/// <summary>A pod reduced to its labels: all that counting a selector's matches needs.</summary>
internal sealed record PodEntry(IReadOnlyDictionary<string, string> Labels);
