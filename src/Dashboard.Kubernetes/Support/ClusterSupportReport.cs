using Dashboard.Core.Providers;
using Dashboard.Core.Support;

namespace Dashboard.Kubernetes.Support;

/// <summary>
/// The promise (the Rancher 2.0–2.4 table's row for the cluster's kind) next to what the live cluster shows. The kind is the
/// user's choice when they set one, else the detected one; a disagreement between the two is reported.
/// </summary>
public sealed record ClusterSupportReport(
    Guid ClusterId,
    string ClusterName,
    ProviderKind ChosenKind,
    DetectedProvider Detected,
    ProviderKind EffectiveKind,
    SupportRow? Promise,
    ObservedSupport Observed,
    IReadOnlyList<string> Differences)
{
    /// <summary>What the platform offers today for Gateway API and ingress; null when the kind is unknown.</summary>
    public required PlatformToday? Today { get; init; }

    /// <summary>What the cluster shows of Gateway API next to <see cref="Today"/>.</summary>
    public required GatewayApiReport GatewayApi { get; init; }

    public bool KindMismatch => ChosenKind != ProviderKind.Unknown && Detected.Kind != ProviderKind.Unknown && ChosenKind != Detected.Kind;

    /// <summary>What a LoadBalancer Service gets here, in one sentence (the Support tab and the Service wizard say the same).</summary>
    public Layer4Answer Layer4 => Layer4Answer.For(Promise, Observed, Today);

    /// <summary>What serves an Ingress here, in one sentence.</summary>
    public string Layer7 => Layer7Answer.For(Promise, Observed);
}
