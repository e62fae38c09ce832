using AngleSharp.Dom;
using Bunit;
using Dashboard.Core.Clusters;
using Dashboard.Data;
using Dashboard.Kubernetes;
using Dashboard.Sandbox;
using Dashboard.Tests.Shared;
using Dashboard.Web.Components.Clusters;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests.Components;

/// <summary>The register dialog over the real service layer: SQLite in a temp file, a sandbox cluster on loopback.</summary>
public class RegisterClusterDialogTests : MudBlazorTestContext, IAsyncLifetime
{
    private readonly TempDirectory data = new();
    private SandboxCluster sandbox = default!;
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    public async ValueTask InitializeAsync()
    {
        sandbox = await SandboxCluster.StartAsync(new SandboxOptions());
        await this.AddSignedInServicesAsync(data.Path, Dashboard.Core.Security.Roles.Admin);

        RenderPopoverProvider();
        dialogs = Render<MudDialogProvider>();
        await dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<RegisterClusterDialog>("Register a cluster"));
    }

    private IElement ConnectButton => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Connect");

    /// <summary>A paste is one input event; the dialog answers once the box's short debounce has passed.</summary>
    private void Paste(string kubeconfig)
    {
        dialogs.Find("textarea").Input(kubeconfig);
        dialogs.WaitForAssertion(() => (dialogs.FindAll("[data-testid=kubeconfig-error]").Count > 0 || !ConnectButton.HasAttribute("disabled")).ShouldBeTrue());
    }

    [Fact]
    public void AKubeconfigWithExecShowsTheRefusalAndCannotConnect()
    {
        Paste(sandbox.KubeconfigYaml("hostile").Replace("token:", "exec:\n      command: curl\n    x:", StringComparison.Ordinal));

        dialogs.Find("[data-testid=kubeconfig-error]").TextContent.ShouldContain("'exec'");
        ConnectButton.HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void ConnectFollowsWhatIsPastedWhileTheKubeconfigBoxKeepsFocus()
    {
        ConnectButton.HasAttribute("disabled").ShouldBeTrue();

        dialogs.Find("textarea").Input(sandbox.KubeconfigYaml("typed")); // an input event only: no change, no blur

        dialogs.WaitForAssertion(() => ConnectButton.HasAttribute("disabled").ShouldBeFalse());
    }

    [Fact]
    public async Task ANameAnotherClusterHasIsRefusedAsItIsTypedInTheServicesWords()
    {
        await Services.GetRequiredService<Dashboard.Kubernetes.Clusters.ClusterRegistrationService>().RegisterAsync(
            new Dashboard.Core.Registration.RegisterClusterDraft { Name = "taken", Kubeconfig = sandbox.KubeconfigYaml("first") },
            Dashboard.Core.Security.Actor.System, Xunit.TestContext.Current.CancellationToken);
        Paste(sandbox.KubeconfigYaml("second"));
        IElement NameInput() => dialogs.FindAll("input").Single(i => i.ParentElement!.ParentElement!.TextContent.Contains("Name", StringComparison.Ordinal));

        dialogs.WaitForAssertion(() => NameInput().Input("TAKEN"));

        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain(new DuplicateClusterNameException("TAKEN").Message));
        ConnectButton.HasAttribute("disabled").ShouldBeTrue();
        dialogs.WaitForAssertion(() => NameInput().Input("second-name"));
        dialogs.WaitForAssertion(() => ConnectButton.HasAttribute("disabled").ShouldBeFalse());
    }

    [Fact]
    public void TextThatIsNotAKubeconfigSaysSo()
    {
        Paste("hello: [");

        dialogs.Find("[data-testid=kubeconfig-error]").TextContent.ShouldContain("not a kubeconfig");
    }

    [Fact]
    public void TheNameIsSuggestedFromTheContextAndAnInvalidNameBlocksConnect()
    {
        Paste(sandbox.KubeconfigYaml("arn:aws:eks:eu-west-1:123:cluster/prod"));
        IElement NameInput() => dialogs.FindAll("input").Single(i => i.ParentElement!.ParentElement!.TextContent.Contains("Name", StringComparison.Ordinal));
        dialogs.WaitForAssertion(() => NameInput().GetAttribute("value").ShouldBe("prod"));

        // Each keystroke re-renders the dialog: a handle to a replaced element is retried on the new one.
        dialogs.WaitForAssertion(() => NameInput().Input("bad name!"));
        dialogs.WaitForAssertion(() => NameInput().GetAttribute("value").ShouldBe("bad name!"));
        dialogs.WaitForAssertion(() => ConnectButton.Click());

        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Use letters, digits"));
        dialogs.FindAll("[data-testid=probe-result]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AReachableClusterShowsVersionAndNodesBeforeItIsSaved()
    {
        var registry = Services.GetRequiredService<IClusterRegistry>();
        Paste(sandbox.KubeconfigYaml("bunit"));

        ConnectButton.Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=probe-result]").TextContent.ShouldContain("3 nodes"), TimeSpan.FromSeconds(10));
        (await registry.ListAsync(Xunit.TestContext.Current.CancellationToken)).ShouldBeEmpty();

        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Register").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=probe-result]").ShouldBeEmpty(), TimeSpan.FromSeconds(10));

        var stored = (await registry.ListAsync(Xunit.TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        stored.Name.ShouldBe("bunit");
        stored.NodeCount.ShouldBe(3);
    }

    [Fact]
    public async Task AnUnreachableClusterIsSavedOnlyWhenTheUserSaysSo()
    {
        var port = sandbox.Port;
        var kubeconfig = sandbox.KubeconfigYaml("gone");
        await sandbox.DisposeAsync();
        Paste(kubeconfig);

        ConnectButton.Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=probe-result]").TextContent.ShouldContain($"127.0.0.1:{port}"), TimeSpan.FromSeconds(10));
        var register = dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Register");
        register.HasAttribute("disabled").ShouldBeTrue();

        dialogs.Find("input[type=checkbox]").Change(true);

        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Register").HasAttribute("disabled").ShouldBeFalse());
    }

    public new async ValueTask DisposeAsync()
    {
        await sandbox.DisposeAsync();
        await base.DisposeAsync();
        data.Dispose();
    }
}
