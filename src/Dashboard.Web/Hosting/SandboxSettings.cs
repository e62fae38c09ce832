namespace Dashboard.Web.Hosting;

/// <summary><c>Dashboard:Sandbox</c>: the demo clusters started in-process.</summary>
public sealed class SandboxSettings
{
    /// <summary>Profiles started and registered on first run; blanks are ignored, so <c>Profiles:0=</c> turns the default off.</summary>
    public List<string> Profiles { get; set; } = [];

    public IEnumerable<string> EffectiveProfiles =>
        Profiles.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
}
