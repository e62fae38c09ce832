using Dashboard.Core.Hostnames;
using Dashboard.Core.Support;

// Not Dashboard.Web.Components.Routes: that is the name of the app's router component (Components/Routes.razor).
namespace Dashboard.Web.Components.HttpRoutes;

/// <summary>A Gateway the route wizard offers as parent: where it is, its address so far, and its listeners when known.</summary>
/// <param name="Listeners">Null while the Gateway's listeners are not known (the listener step then takes a typed name).</param>
public sealed record HttpRouteWizardGateway(string Namespace, string Name, string ClassName, IReadOnlyList<GatewayAddress> Addresses, IReadOnlyList<RouteListener>? Listeners)
{
    public string Key => $"{Namespace}/{Name}";
}
