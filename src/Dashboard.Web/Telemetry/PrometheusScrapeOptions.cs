namespace Dashboard.Web.Telemetry;

/// <summary>
/// <c>Dashboard:Telemetry:Prometheus</c>: the <c>/metrics</c> scrape endpoint. Off by default
/// (docs/decisions/0010-metrics-endpoint.md); when on, it is behind a bearer <see cref="Token"/>, on a
/// <see cref="Port"/> of its own, or both. It never takes the sign-in cookie.
/// </summary>
public sealed class PrometheusScrapeOptions
{
    public const int MinimumTokenLength = 32;

    public bool Enabled { get; set; }

    /// <summary>A secret of at least <see cref="MinimumTokenLength"/> characters the scraper sends as <c>Authorization: Bearer …</c>.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// Serve <c>/metrics</c> only on this port (on the same addresses as the app), where nothing else is served;
    /// the app's own port then answers 404 for it. 0 picks a free port and logs it.
    /// </summary>
    public int? Port { get; set; }

    public bool HasToken => !string.IsNullOrEmpty(Token);
}
