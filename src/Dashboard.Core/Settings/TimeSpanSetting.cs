namespace Dashboard.Core.Settings;

/// <summary>The sentence the options validators give for a time span in configuration that must be positive.</summary>
public static class TimeSpanSetting
{
    /// <returns>Null when <paramref name="value"/> is positive; otherwise what is wrong and an example of a right value.</returns>
    public static string? MustBePositive(string key, TimeSpan value, string example) =>
        value > TimeSpan.Zero ? null : $"{key} must be a positive time span such as '{example}'; it is {value}.";
}
