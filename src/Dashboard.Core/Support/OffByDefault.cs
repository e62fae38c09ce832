namespace Dashboard.Core.Support;

/// <summary>Something the platform has but leaves off, and the step that turns it on.</summary>
public sealed record OffByDefault(string What, string HowToTurnOn);
