namespace Dashboard.Core.Support;

/// <summary>
/// A Gateway API controller a platform offers today: the product, the <c>spec.controllerName</c> its GatewayClasses
/// carry, the class names usually seen, and what it serves.
/// </summary>
public sealed record GatewayControllerOffer(string Product, string ControllerName, IReadOnlyList<string> UsualClasses, string Serves);
