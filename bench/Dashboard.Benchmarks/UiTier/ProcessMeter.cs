using System.Diagnostics;
using System.Globalization;

namespace Dashboard.Benchmarks.UiTier;

/// <summary>Another process's resident memory and CPU time, from /proc (Linux).</summary>
internal sealed class ProcessMeter(int processId)
{
    private static readonly double TicksPerSecond = ClockTicksPerSecond();

    /// <summary>VmRSS in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{processId}/status");
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        // The command name (field 2) may hold spaces: the fields counted from 3 start after its closing parenthesis.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture); // utime, stime
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Milliseconds of CPU per second of wall time over <paramref name="window"/> (1,000 = one core busy).</summary>
    public async Task<double> CpuMillisecondsPerSecondAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var before = CpuTime();
        var clock = Stopwatch.StartNew();
        await Task.Delay(window, cancellationToken);
        return (CpuTime() - before).TotalMilliseconds / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Waits until the process is at rest, at most <paramref name="limit"/>: under 20 ms of CPU per second, or steady
    /// (two seconds in a row within 20 % of each other, under a third of a core: the background work of many
    /// watched clusters), so what was just opened has finished loading before anything is measured.
    /// </summary>
    public async Task WaitForRestAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        var previous = double.MaxValue;
        while (DateTime.UtcNow < deadline)
        {
            var now = await CpuMillisecondsPerSecondAsync(TimeSpan.FromSeconds(1), cancellationToken);
            if (now < 20 || (now < 330 && Math.Abs(now - previous) <= (0.2 * previous) + 5))
                return;
            previous = now;
        }

        Console.WriteLine($"  (the app did not come to rest within {limit.TotalSeconds:0} s; measuring anyway)");
    }

    private static double ClockTicksPerSecond()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", ["CLK_TCK"]) { RedirectStandardOutput = true });
            var text = getconf?.StandardOutput.ReadToEnd().Trim();
            getconf?.WaitForExit();
            return double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100; // USER_HZ on every Linux this runs on
        }
    }
}
