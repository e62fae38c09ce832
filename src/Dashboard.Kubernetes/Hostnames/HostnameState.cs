namespace Dashboard.Kubernetes.Hostnames;

/// <summary>What an ingress carries for the hostname rules, kept in the cache so pages and the reconciler need no request.</summary>
/// <param name="RuleHosts">Each rule's host in order; null for a rule without one.</param>
/// <param name="GeneratedHosts">The hosts the dashboard generated, from the annotation on the object.</param>
/// <param name="Requested">The request annotation is set: rules without a host want a generated name.</param>
public sealed record HostnameState(IReadOnlyList<string?> RuleHosts, IReadOnlyList<string> GeneratedHosts, bool Requested);
