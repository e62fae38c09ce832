using Dashboard.Core.Support;

namespace Dashboard.Web.Components.Gateways;

/// <summary>
/// The GatewayClass a new Gateway starts with: an accepted class of the controller the platform offers today (in the
/// order the matrix of today lists its controllers and their usual class names), else any accepted class, else none,
/// so the user picks. A class no controller accepted is never the default: its Gateways would get no address.
/// </summary>
public static class GatewayWizardClassDefault
{
    public static string For(PlatformToday? today, IReadOnlyList<GatewayClassFacts> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var accepted = classes.Where(c => c.Accepted == true).ToList();
        foreach (var offer in today?.GatewayControllers ?? [])
        {
            var ofController = accepted.Where(c => c.Controller == offer.ControllerName).ToList();
            var usual = offer.UsualClasses.Select(name => ofController.FirstOrDefault(c => c.Name == name)).FirstOrDefault(c => c is not null);
            if ((usual ?? ofController.OrderBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault()) is { } chosen)
                return chosen.Name;
        }
        return accepted.OrderBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault()?.Name ?? "";
    }
}
