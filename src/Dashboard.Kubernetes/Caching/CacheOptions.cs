namespace Dashboard.Kubernetes.Caching;

/// <summary>How the watch caches behave; bind from configuration or set with <c>services.Configure&lt;CacheOptions&gt;</c>.</summary>
public sealed class CacheOptions
{
    /// <summary>A cluster's caches stop (watches closed, memory dropped) after this long without a reader or subscriber.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait after a failed request; it doubles (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a cluster without the MetalLB API is asked again whether it has it now.</summary>
    public TimeSpan MissingApiRecheck { get; set; } = TimeSpan.FromMinutes(1);
}
