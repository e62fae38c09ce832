using Dashboard.Kubernetes.Gateways;

namespace Dashboard.Web.Components.GatewayClasses;

/// <summary>Whether a GatewayClass was accepted, in words, with the controller's reason when it was not.</summary>
public static class GatewayClassWords
{
    public static string Accepted(GatewayClassInfo gatewayClass)
    {
        ArgumentNullException.ThrowIfNull(gatewayClass);
        var condition = gatewayClass.Conditions.FirstOrDefault(c => c.Type == "Accepted");
        return gatewayClass.Accepted switch
        {
            true => "yes",
            false => condition is null ? "no" : $"no: {condition.Explanation}",
            null => "not yet: no controller has answered; check that its controller runs",
        };
    }
}
