namespace Dashboard.Kubernetes.Caching;

/// <summary>
/// <c>Dashboard:Caching</c>: how the watch caches behave; bound from configuration by the app, or set with
/// <c>services.Configure&lt;CacheOptions&gt;</c>. Checked by <see cref="CacheOptionsValidator"/>.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Dashboard:Caching";

    /// <summary>A cluster's caches stop (watches closed, memory dropped) after this long without a reader or subscriber.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait after a failed request; it doubles (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a cluster without the MetalLB API is asked again whether it has it now.</summary>
    public TimeSpan MissingApiRecheck { get; set; } = TimeSpan.FromMinutes(1);
}
