namespace Dashboard.Core.GatewayMigration;

/// <summary>Where a host group's hostnames come from.</summary>
internal enum HostGroupKind
{
    Custom,
    Generate,
    DefaultBackend,
}
