using Dashboard.Core.Ingresses;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// One Ingress's annotations and what became of each. Every key is settled exactly once, translated or not;
/// <see cref="SettleTheRest"/> gives every key nobody settled its table reason, so none is dropped silently.
/// </summary>
internal sealed class AnnotationLedger
{
    private readonly Dictionary<string, string> values;
    private readonly HashSet<string> settled = new(StringComparer.Ordinal);
    private readonly MigrationReport report;

    public AnnotationLedger(IngressDraft ingress, MigrationReport report)
    {
        IngressName = ingress.Name;
        this.report = report;
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in ingress.Annotations.Where(p => p.Key.Length > 0))
            values.TryAdd(pair.Key, pair.Value);
    }

    public string IngressName { get; }

    public IEnumerable<string> Keys => values.Keys;

    /// <summary>The value, trimmed; null when the annotation is absent or empty.</summary>
    public string? Value(string key) =>
        values.TryGetValue(key, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>"true" in any case, as ingress-nginx reads a boolean annotation.</summary>
    public bool IsTrue(string key) => bool.TryParse(Value(key), out var on) && on;

    public bool IsSettled(string key) => settled.Contains(key);

    public void Translated(string key, string into)
    {
        if (values.ContainsKey(key) && settled.Add(key))
            report.Translated.Add(new TranslatedItem(key, into, IngressName));
    }

    public void NotTranslated(string key, string why)
    {
        if (values.ContainsKey(key) && settled.Add(key))
            report.NotTranslated.Add(new NotTranslatedItem(key, why, IngressName));
    }

    /// <summary>Settles every key still open with <paramref name="why"/>'s sentence for it.</summary>
    public void SettleTheRest(Func<string, string> why)
    {
        foreach (var key in values.Keys.Where(k => !settled.Contains(k)).ToList())
            NotTranslated(key, why(key));
    }
}
