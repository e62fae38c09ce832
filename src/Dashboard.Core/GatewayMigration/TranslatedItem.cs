namespace Dashboard.Core.GatewayMigration;

/// <summary>An annotation the migration carried over, and what it became.</summary>
/// <param name="Item">The annotation key.</param>
/// <param name="Into">What it became, as a phrase (<c>URLRewrite ReplaceFullPath /</c>).</param>
/// <param name="Ingress">The Ingress it belongs to.</param>
public sealed record TranslatedItem(string Item, string Into, string Ingress);
