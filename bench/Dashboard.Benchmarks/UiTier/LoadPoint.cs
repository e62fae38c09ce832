namespace Dashboard.Benchmarks.UiTier;

/// <summary>The app process measured with a given number of circuits open on one page.</summary>
/// <param name="CpuIdle">Milliseconds of CPU per second with nothing changing.</param>
/// <param name="CpuChurn">The same while the big cluster changes; <paramref name="ChurnRate"/> patches a second were sent.</param>
internal sealed record LoadPoint(int Circuits, HeapSnapshot Heap, long ResidentBytes, double CpuIdle, double CpuChurn, double ChurnRate);
