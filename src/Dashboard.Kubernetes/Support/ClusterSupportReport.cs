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
    public bool KindMismatch => ChosenKind != ProviderKind.Unknown && Detected.Kind != ProviderKind.Unknown && ChosenKind != Detected.Kind;
}
