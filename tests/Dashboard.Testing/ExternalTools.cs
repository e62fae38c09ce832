namespace Dashboard.Tests.Shared;

/// <summary>
/// kubectl and Chromium: real tools the tests drive. Where one is missing a test is skipped with what to install,
/// except in CI (<c>DASHBOARD_REQUIRE_BROWSER_AND_KUBECTL=1</c>, set by .ci/run), where a skip would hide a gap.
/// </summary>
public static class ExternalTools
{
    public static string Kubectl => Require("kubectl", "install kubectl (apt-get install kubectl, or see kubernetes.io/docs/tasks/tools)");

    public static string Chromium => Require("chromium", "install Chromium (apt-get install chromium)");

    private static string Require(string name, string howToInstall)
    {
        var found = Find(name);
        if (found is not null)
            return found;
        var message = $"{name} is not installed: {howToInstall}.";
        if (Environment.GetEnvironmentVariable("DASHBOARD_REQUIRE_BROWSER_AND_KUBECTL") == "1")
            throw new InvalidOperationException(message + " CI requires it.");
        Assert.Skip(message);
        return null!;
    }

    private static string? Find(string name)
    {
        var usrBin = Path.Combine("/usr/bin", name);
        if (File.Exists(usrBin))
            return usrBin;
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
