namespace Dashboard.Core.Ingresses;

/// <summary>Where a rule's host comes from.</summary>
public enum HostChoice
{
    /// <summary><c>&lt;ingress&gt;.&lt;namespace&gt;.&lt;ip&gt;.&lt;domain&gt;</c>, filled in once the ingress has an address.</summary>
    Generate,

    /// <summary>A DNS-1123 subdomain the user typed; a leading <c>*.</c> wildcard is allowed.</summary>
    Custom,

    /// <summary>No host: the ingress's default backend (one rule at most).</summary>
    DefaultBackend,
}
