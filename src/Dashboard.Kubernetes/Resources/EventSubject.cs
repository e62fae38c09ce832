namespace Dashboard.Kubernetes.Resources;

/// <summary>The kinds whose events the caches keep (the names are the <c>involvedObject.kind</c> values).</summary>
public enum EventSubject
{
    Service,
    Ingress,
}
