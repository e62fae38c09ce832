namespace Dashboard.Kubernetes.Ingresses;

/// <summary>
/// The live ingress uses something the wizard cannot show (a resource backend, a rule without HTTP paths): editing
/// it there would drop that part, so it is not offered. The message says what and where.
/// </summary>
public sealed class IngressNotEditableException(string ns, string name, string reason)
    : Exception($"The Ingress {ns}/{name} cannot be edited in the wizard: {reason}. Edit its YAML with kubectl instead: kubectl edit ingress {name} -n {ns}")
{
    public string Reason { get; } = reason;
}
