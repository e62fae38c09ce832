namespace Dashboard.Core.GatewayMigration;

/// <summary>What every step of one migration reads and writes.</summary>
internal sealed record MigrationContext(
    GatewayMigrationRequest Request,
    GatewayTarget Target,
    IReadOnlyList<TlsEntry> Tls,
    IReadOnlyDictionary<(string Group, int Path), CanaryBackend> Canaries,
    MigrationReport Report);
