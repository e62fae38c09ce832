using System.Globalization;
using A = Dashboard.Core.GatewayMigration.NginxAnnotations;

namespace Dashboard.Core.GatewayMigration;

/// <summary>A canary Ingress's annotations, read as ingress2gateway reads them (total defaults to 100; a weight above it is capped).</summary>
internal sealed record CanaryConfig(bool ByWeight, int Weight, int Total, string? Header, string? HeaderValue)
{
    public bool ByHeader => Header is not null;

    public static CanaryConfig Read(AnnotationLedger ledger)
    {
        ledger.Translated(A.Canary, "its backends merge into this Ingress's routes");
        var total = 100;
        if (ledger.Value(A.CanaryWeightTotal) is { } totalText)
        {
            if (int.TryParse(totalText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                total = parsed;
                ledger.Translated(A.CanaryWeightTotal, $"backend weights out of {total}");
            }
            else
            {
                ledger.NotTranslated(A.CanaryWeightTotal, $"The value '{totalText}' is not a whole number above 0, so the weights are out of 100: fix the value or the weights on the route.");
            }
        }

        var byWeight = false;
        var weight = 0;
        if (ledger.Value(A.CanaryWeight) is { } weightText)
        {
            if (int.TryParse(weightText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                byWeight = true;
                weight = Math.Min(parsed, total);
                ledger.Translated(A.CanaryWeight, $"backend weight {weight} of {total} for the canary, {total - weight} for the main Service");
            }
            else
            {
                ledger.NotTranslated(A.CanaryWeight, $"The value '{weightText}' is not a whole number from 0 to {total}, so the canary gets no traffic by weight: fix the value or the weights on the route.");
            }
        }

        var header = ledger.Value(A.CanaryByHeader);
        var value = header is null ? null : ledger.Value(A.CanaryByHeaderValue);
        if (header is not null)
        {
            ledger.Translated(A.CanaryByHeader, value is null
                ? $"rules with exact header matches {header}: always → the canary, {header}: never → the main Service"
                : $"a rule with an exact header match {header}: {value} → the canary");
            if (value is not null)
                ledger.Translated(A.CanaryByHeaderValue, $"the header value {value} of that match");
        }
        else
        {
            ledger.NotTranslated(A.CanaryByHeaderValue, "It is read only with canary-by-header, which this Ingress does not set: nothing to carry over.");
        }
        return new CanaryConfig(byWeight, weight, total, header, value);
    }
}
