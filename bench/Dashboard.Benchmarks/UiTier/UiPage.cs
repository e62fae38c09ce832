namespace Dashboard.Benchmarks.UiTier;

/// <summary>
/// A page the benchmark opens, and what shows that its data is there: a selector over data-testids the page already
/// has (table rows with their link, or the object's details).
/// </summary>
internal sealed record UiPage(string Name, string Path, string ReadySelector);
