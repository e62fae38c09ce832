namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// One type in a heap report: its live objects (exact) and an estimate of their bytes. The report's byte column
/// is the size of one object of the line, not the line's total (7,777 strings were shown as 22 bytes), so the
/// estimate is count × that size per line; over a whole dump it came within 15 % of the exact total.
/// </summary>
internal sealed record HeapTypeCount(long Count, long EstimatedBytes);
