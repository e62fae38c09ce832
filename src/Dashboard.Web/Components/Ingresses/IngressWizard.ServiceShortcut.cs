using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// "Create a Service for this": the wizard is parked in the circuit (<see cref="IngressWizardParking"/>), the Service
/// wizard opens in the same namespace, and coming back (<c>?resume=true</c>) restores it with the new Service chosen.
/// </summary>
public partial class IngressWizard
{
    [Inject] private IngressWizardParking Drafts { get; set; } = default!;

    /// <summary>Back from the Service wizard: restore the wizard parked for this cluster.</summary>
    [SupplyParameterFromQuery] public bool Resume { get; set; }

    /// <summary>Everything as it was left, the earlier steps done, and the Service just created chosen in its path.</summary>
    private void Restore(ParkedIngress parked)
    {
        draft = parked.Draft;
        step = resumedAt = parked.Step;
        newNamespace = parked.NewNamespace && !namespaces.Contains(draft.Namespace); // the Service wizard may have created it
        if (parked.ChosenService is { } service && draft.Rules.ElementAtOrDefault(parked.RuleIndex)?.Paths.ElementAtOrDefault(parked.PathIndex) is { } path)
        {
            path.ServiceName = service;
            path.ServicePort = parked.ChosenPort ?? "";
        }
    }

    /// <summary>"Create a Service for this": park the wizard and open the Service wizard in the same namespace.</summary>
    private void CreateServiceFor((int Rule, int Path) target)
    {
        var here = Editing ? $"{IngressHref}/edit" : $"clusters/{ClusterId}/ingresses/new";
        Drafts.Park(ClusterId, new ParkedIngress(draft, step, newNamespace, target.Rule, target.Path, $"{here}?resume=true"));
        Navigation.NavigateTo($"clusters/{ClusterId}/services/new?namespace={Uri.EscapeDataString(draft.Namespace)}&returnTo=ingress");
    }
}
