using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>What `dotnet-gcdump report` says of one dump: live bytes and objects, and the objects per type.</summary>
internal sealed partial record HeapSnapshot(long Bytes, long Objects, IReadOnlyDictionary<string, HeapTypeCount> Types)
{
    public const string CircuitType = "Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost";

    /// <summary>Live Blazor circuits in the dump: tells whether closed tabs really let their circuits go.</summary>
    public long Circuits => Types.TryGetValue(CircuitType, out var circuits) ? circuits.Count : 0;

    public static HeapSnapshot Parse(string report)
    {
        long? bytes = null, objects = null;
        var types = new Dictionary<string, HeapTypeCount>(StringComparer.Ordinal);
        foreach (var line in report.Split('\n'))
        {
            if (TotalLine().Match(line) is { Success: true } total)
            {
                var value = long.Parse(total.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                if (total.Groups[2].Value == "bytes")
                    bytes = value;
                else
                    objects = value;
            }
            else if (TypeLine().Match(line) is { Success: true } type)
            {
                // The report splits a type by size (" (Bytes > 10K)") and names its assembly: one entry per type here.
                var name = type.Groups[3].Value;
                var size = long.Parse(type.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var count = long.Parse(type.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                types[name] = types.TryGetValue(name, out var seen)
                    ? new HeapTypeCount(seen.Count + count, seen.EstimatedBytes + (count * size))
                    : new HeapTypeCount(count, count * size);
            }
        }

        if (bytes is null || objects is null)
            throw new InvalidOperationException($"No 'GC Heap bytes' in dotnet-gcdump's report:\n{report[..Math.Min(report.Length, 2000)]}");
        return new HeapSnapshot(bytes.Value, objects.Value, types);
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap (bytes|objects)\s*$")]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)(?:\s+\(Bytes > \d+K\))?(?:\s+\[[^\]]*\])?\s*$")]
    private static partial Regex TypeLine();
}
