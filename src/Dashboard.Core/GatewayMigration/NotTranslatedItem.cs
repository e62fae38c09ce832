namespace Dashboard.Core.GatewayMigration;

/// <summary>A part of an Ingress the migration did not carry over.</summary>
/// <param name="Item">An annotation key or a field path (<c>spec.rules[0].http.paths[1].backend.service.port.name</c>).</param>
/// <param name="Why">A sentence: what Gateway API lacks and what the user must do instead.</param>
/// <param name="Ingress">The Ingress it belongs to (a canary's name when it comes from one).</param>
public sealed record NotTranslatedItem(string Item, string Why, string Ingress);
