namespace Dashboard.Benchmarks.UiTier;

/// <summary>What a run was: its settings and the app's heap before any page was opened.</summary>
internal sealed record UiTierRun(int Circuits, int Ingresses, int SmallClusters, int ChurnPerSecond, TimeSpan Window, int RenderSamples, string Commit, DateTime Date, HeapSnapshot StartHeap);
