using System.Globalization;
using Dashboard.Core.Kubernetes;

namespace Dashboard.Core.Hostnames;

/// <summary>Composes <c>&lt;ingress or route&gt;.&lt;namespace&gt;.&lt;ip&gt;.&lt;domain&gt;</c> and checks it is a DNS name.</summary>
public static class GeneratedHostname
{
    /// <summary>The name, or an error that says which part is too long and what to do; never both.</summary>
    /// <param name="kind">What the first part names, as the error says it: "ingress" or "route".</param>
    public static (string? Host, string? Error) Compose(string ingressName, string ns, string ipLabel, string domain, string kind = "ingress")
    {
        var host = string.Join('.', ingressName, ns, ipLabel, domain.Trim().TrimEnd('.')).ToLowerInvariant();
        if (host.Length > KubernetesNames.SubdomainMaxLength)
        {
            var lengths = string.Create(CultureInfo.InvariantCulture,
                $"{kind} name {ingressName.Length}, namespace {ns.Length}, address {ipLabel.Length}, domain {domain.Length} characters");
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"The generated hostname would be {host.Length} characters long, more than the {KubernetesNames.SubdomainMaxLength} a DNS name may have ({lengths}). ")
                + $"Use a shorter {kind} name, or your own hostname. Nothing was changed.");
        }

        var parts = new (string What, string Value)[] { ($"the {kind} name", ingressName), ("the namespace", ns), ("the domain", domain) };
        foreach (var (what, value) in parts)
        {
            var tooLong = value.Split('.').FirstOrDefault(label => label.Length > KubernetesNames.LabelMaxLength);
            if (tooLong is not null)
            {
                return (null, string.Create(CultureInfo.InvariantCulture,
                    $"The generated hostname cannot be used: {what} contributes the label '{tooLong}', which is {tooLong.Length} characters long, more than the {KubernetesNames.LabelMaxLength} a DNS label may have. ")
                    + "Use a shorter name (at most 63 characters between dots), or your own hostname. Nothing was changed.");
            }
        }
        return (host, null);
    }
}
