namespace Dashboard.Core.Drafts;

public sealed class KeyValueDraft
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
