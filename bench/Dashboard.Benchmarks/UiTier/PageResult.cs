namespace Dashboard.Benchmarks.UiTier;

/// <summary>One page's figures: the app without and with the circuits, and the warm render times of fresh tabs.</summary>
internal sealed record PageResult(UiPage Page, LoadPoint Zero, LoadPoint Loaded, IReadOnlyList<double> RenderMilliseconds)
{
    private int Circuits => Loaded.Circuits - Zero.Circuits;

    public double HeapKiBPerCircuit => (Loaded.Heap.Bytes - Zero.Heap.Bytes) / 1024.0 / Circuits;

    public double ResidentKiBPerCircuit => (Loaded.ResidentBytes - Zero.ResidentBytes) / 1024.0 / Circuits;

    public double CpuIdlePerCircuit => (Loaded.CpuIdle - Zero.CpuIdle) / Circuits;

    public double CpuChurnPerCircuit => (Loaded.CpuChurn - Zero.CpuChurn) / Circuits;

    public double RenderMedian => Percentile(0.5);

    public double RenderP95 => Percentile(0.95);

    /// <summary>Per circuit, the types whose live objects grew most (estimated bytes), for where the memory goes.</summary>
    public IEnumerable<(string Type, double Objects, double EstimatedBytes)> TopTypesPerCircuit(int count) =>
        Loaded.Heap.Types
            .Select(t => (Type: t.Key, Now: t.Value, Before: Zero.Heap.Types.GetValueOrDefault(t.Key) ?? new HeapTypeCount(0, 0)))
            .Select(t => (t.Type, Objects: (t.Now.Count - t.Before.Count) / (double)Circuits, EstimatedBytes: (t.Now.EstimatedBytes - t.Before.EstimatedBytes) / (double)Circuits))
            .OrderByDescending(t => t.EstimatedBytes)
            .Take(count);

    /// <summary>Nearest rank: with 10 samples the p95 is the slowest.</summary>
    private double Percentile(double p)
    {
        var sorted = RenderMilliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
