namespace Dashboard.Benchmarks.UiTier;

/// <summary>API-server requests the fleet answered per warm view of the Clusters page, and those with nobody looking.</summary>
internal sealed record ClustersViewRequests(int Clusters, double PerView, int Views, double BackgroundPerSecond);
