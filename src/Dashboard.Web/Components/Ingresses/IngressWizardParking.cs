using System.Globalization;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// The Ingress wizards parked in this circuit, one per cluster. Scoped: it lives as long as the user's Blazor
/// circuit (one browser tab), and no other user or tab ever sees it.
/// </summary>
public sealed class IngressWizardParking
{
    private readonly Dictionary<Guid, ParkedIngress> parked = [];

    public void Park(Guid clusterId, ParkedIngress ingress) => parked[clusterId] = ingress;

    /// <summary>The parked wizard, left in place (the Service wizard says where it will return to).</summary>
    public ParkedIngress? Find(Guid clusterId) => parked.GetValueOrDefault(clusterId);

    /// <summary>The Service exists: the parked path gets it, with its port when it has only one.</summary>
    public void ServiceCreated(Guid clusterId, string serviceName, IReadOnlyList<int> ports)
    {
        if (parked.TryGetValue(clusterId, out var ingress))
            parked[clusterId] = ingress with { ChosenService = serviceName, ChosenPort = ports is [var only] ? only.ToString(CultureInfo.InvariantCulture) : null };
    }

    /// <summary>Removes and returns the parked wizard: it is restored once, not on every later visit.</summary>
    public ParkedIngress? Take(Guid clusterId) => parked.Remove(clusterId, out var ingress) ? ingress : null;
}
