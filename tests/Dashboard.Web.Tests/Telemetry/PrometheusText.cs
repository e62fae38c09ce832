using System.Globalization;

namespace Dashboard.Web.Tests.Telemetry;

/// <summary>Reads samples out of a Prometheus text scrape: the sum of a metric's samples that carry every given label.</summary>
public static class PrometheusText
{
    public static double Sum(string scrape, string metric, params (string Label, string Value)[] labels) =>
        Samples(scrape, metric, labels).Sum();

    public static bool Has(string scrape, string metric, params (string Label, string Value)[] labels) =>
        Samples(scrape, metric, labels).Any();

    private static IEnumerable<double> Samples(string scrape, string metric, (string Label, string Value)[] labels) =>
        scrape.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Select(line => double.Parse(line[(line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : metric.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
