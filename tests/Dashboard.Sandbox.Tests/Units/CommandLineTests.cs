namespace Dashboard.Sandbox.Tests.Units;

/// <summary>The standalone sandbox's arguments.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void TheDocumentedArgumentsAreUnderstood()
    {
        var parsed = CommandLine.Parse(["--profile", "rke-custom", "--port", "0", "--kubeconfig", "rke.kubeconfig"]).ShouldNotBeNull();

        parsed.Options.ShouldBe(new SandboxOptions { Profile = "rke-custom", Port = 0 });
        parsed.KubeconfigPath.ShouldBe("rke.kubeconfig");
    }

    [Fact]
    public void NoArgumentsMeanTheDefaults() =>
        CommandLine.Parse([]).ShouldNotBeNull().Options.ShouldBe(new SandboxOptions());

    [Theory]
    [InlineData("--profile", "openshift")]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--verbose")]
    [InlineData("--kubeconfig")]
    public void UnknownOrMalformedArgumentsAreRefused(params string[] args) =>
        CommandLine.Parse(args).ShouldBeNull();
}
