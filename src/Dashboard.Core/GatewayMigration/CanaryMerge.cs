using Dashboard.Core.Ingresses;
using A = Dashboard.Core.GatewayMigration.NginxAnnotations;

namespace Dashboard.Core.GatewayMigration;

/// <summary>
/// Finds, for each path of the Ingress being moved, the canary Ingress of the same host and path (ingress-nginx
/// allows one per path), and settles every annotation of the canaries that take part.
/// </summary>
internal static class CanaryMerge
{
    /// <returns>Keyed by the group's key and the path's index in the group.</returns>
    public static Dictionary<(string Group, int Path), CanaryBackend> Find(
        GatewayMigrationRequest request, IReadOnlyList<HostGroup> groups, MigrationReport report)
    {
        var found = new Dictionary<(string, int), CanaryBackend>();
        var main = request.Ingress;
        foreach (var canary in request.HostIngresses)
        {
            if (canary.Name == main.Name || canary.Namespace != main.Namespace
                || !bool.TryParse(canary.Annotations.FirstOrDefault(a => a.Key == A.Canary)?.Value?.Trim(), out var isCanary) || !isCanary)
                continue;

            var matches = new List<((string, int) Key, SourcePath Source)>();
            var unmatched = new List<SourcePath>();
            foreach (var canaryGroup in HostGroup.Of(canary, request.HostnameDomain))
            {
                var mainGroup = groups.FirstOrDefault(g => g.Key == canaryGroup.Key);
                if (mainGroup is null)
                    continue;
                foreach (var source in canaryGroup.Paths)
                {
                    var index = mainGroup.Paths.FindIndex(p => SamePath(p.Path, source.Path, mainGroup.Kind));
                    if (index < 0)
                        unmatched.Add(source);
                    else
                        matches.Add(((mainGroup.Key, index), source));
                }
            }
            if (matches.Count == 0)
                continue;

            var ledger = new AnnotationLedger(canary, report);
            var config = CanaryConfig.Read(ledger);
            foreach (var (key, source) in matches)
            {
                if (found.TryGetValue(key, out var earlier))
                {
                    report.Notices.Add($"{canary.Name} {source.FieldPath}: the path already has the canary {earlier.CanaryIngress}, and ingress-nginx uses one canary per path, so this one is left out.");
                    continue;
                }
                found[key] = new CanaryBackend(Backends.Of(source, canary.Name, request.ResolvePort, report), config, canary.Name);
            }
            foreach (var source in unmatched)
                report.Notices.Add($"{canary.Name} {source.FieldPath}: the canary path {source.Path.Path} has no path of {main.Name} to join, so it is left out (ingress-nginx ignores it too).");
            ledger.SettleTheRest(key => A.CanaryKeys.Contains(key)
                ? NginxAnnotationReasons.Why(key)
                : A.IsNginx(key)
                ? "ingress-nginx ignores this on a canary Ingress, which takes the main Ingress's settings: nothing to carry over."
                : OtherAnnotationReasons.Why(key));
        }
        return found;
    }

    private static bool SamePath(IngressPathDraft main, IngressPathDraft canary, HostGroupKind kind) =>
        kind == HostGroupKind.DefaultBackend
        || (string.Equals(Normal(main.Path), Normal(canary.Path), StringComparison.Ordinal) && string.Equals(main.PathType, canary.PathType, StringComparison.Ordinal));

    private static string Normal(string path) => path.Length == 0 ? "/" : path;
}
