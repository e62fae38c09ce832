namespace Dashboard.Core.GatewayMigration;

/// <summary>What a migration has said so far: the three lists of the plan, filled as the parts are translated.</summary>
internal sealed class MigrationReport
{
    public List<TranslatedItem> Translated { get; } = [];

    public List<NotTranslatedItem> NotTranslated { get; } = [];

    public List<string> Notices { get; } = [];
}
