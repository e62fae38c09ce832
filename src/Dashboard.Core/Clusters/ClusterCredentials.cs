namespace Dashboard.Core.Clusters;

/// <summary>A replacement kubeconfig for a registered cluster, already sanitised and tested by the service layer.</summary>
public sealed record ClusterCredentials(string Kubeconfig, string ServerUrl, string ContextName);
