using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Registration;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Kubeconfigs;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Sandbox;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Clusters;

/// <summary>Replacing a registered cluster's kubeconfig through the registration service, against live sandboxes.</summary>
public sealed class CredentialRotationTests : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CachingHost host = default!;
    private SandboxCluster replacement = default!;

    private ClusterRegistrationService Registration => host.Services.GetRequiredService<ClusterRegistrationService>();

    private IClusterRegistry Registry => host.Services.GetRequiredService<IClusterRegistry>();

    public async ValueTask InitializeAsync()
    {
        host = await CachingHost.StartAsync();
        replacement = await SandboxCluster.StartAsync(new SandboxOptions(), Cancel);
    }

    private static string TokenOf(string kubeconfig) =>
        kubeconfig.Split('\n').Single(l => l.TrimStart().StartsWith("token:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();

    private async Task<IReadOnlyList<AuditEntry>> EditAuditAsync(Guid id) =>
        (await host.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(ClusterId: id, Action: AuditActions.ClusterEdit), Cancel)).Entries;

    [Fact]
    public async Task AWorkingKubeconfigReplacesTheOldOneAndTheCachesReadWithTheNewCredentials()
    {
        var (id, original) = await host.AddClusterAsync("rotated");
        await host.Resources.NamespacesAsync(id, Cancel);
        using (var client = host.ClientFor(replacement))
            await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "only-on-the-new-server" } }, cancellationToken: Cancel);
        var kubeconfig = replacement.KubeconfigYaml("fresh");

        var edited = await Registration.EditAsync(id, new EditClusterDraft { Kubeconfig = kubeconfig }, CachingHost.Admin, Cancel);

        edited.Name.ShouldBe("rotated");
        ServerAddress.Same(edited.ServerUrl, replacement.Url.ToString()).ShouldBeTrue();
        edited.ContextName.ShouldBe("fresh");
        await original.DisposeAsync(); // the old server is gone: whatever answers now answers with the new credentials
        var namespaces = await Eventually.ReturnsAsync(() => host.Resources.NamespacesAsync(id, Cancel), n => n.Contains("only-on-the-new-server"));
        namespaces.ShouldContain("only-on-the-new-server");
        var audit = (await EditAuditAsync(id)).ShouldHaveSingleItem();
        audit.Outcome.ShouldBe(AuditOutcome.Success);
        audit.Message.ShouldNotBeNull().ShouldContain("kubeconfig replaced (context 'fresh'");
        audit.Message.ShouldNotContain(TokenOf(kubeconfig));
    }

    [Fact]
    public async Task AnExpiredTokenIsRefusedWithTheReasonAndTheOldKubeconfigIsKept()
    {
        var (id, sandbox) = await host.AddClusterAsync("kept");
        var before = await Registry.GetKubeconfigAsync(id, Cancel);
        var expired = sandbox.KubeconfigYaml("ctx").Replace(TokenOf(before), "expired-token-0123456789", StringComparison.Ordinal);

        var refused = await Should.ThrowAsync<CredentialsNotReplacedException>(() =>
            Registration.EditAsync(id, new EditClusterDraft { Name = "renamed-too", Kubeconfig = expired }, CachingHost.Admin, Cancel));

        refused.Message.ShouldContain("401 Unauthorized");
        refused.Message.ShouldContain("keeps its current credentials");
        (await Registry.GetKubeconfigAsync(id, Cancel)).ShouldBe(before);
        (await Registry.FindAsync(id, Cancel))!.Name.ShouldBe("kept");
        var audit = (await EditAuditAsync(id)).ShouldHaveSingleItem();
        audit.Outcome.ShouldBe(AuditOutcome.Failure);
        audit.Message.ShouldNotBeNull().ShouldNotContain("expired-token-0123456789");
    }

    [Fact]
    public async Task AKubeconfigThatWouldRunAProgramIsRefusedBeforeAnythingIsSent()
    {
        var (id, _) = await host.AddClusterAsync("hostile-edit");
        var before = await Registry.GetKubeconfigAsync(id, Cancel);
        var hostile = replacement.KubeconfigYaml("x").Replace("token:", "exec:\n      command: /bin/sh\n    ignored:", StringComparison.Ordinal);

        await Should.ThrowAsync<KubeconfigRejectedException>(() =>
            Registration.EditAsync(id, new EditClusterDraft { Kubeconfig = hostile }, CachingHost.Admin, Cancel));

        (await Registry.GetKubeconfigAsync(id, Cancel)).ShouldBe(before);
    }

    [Fact]
    public async Task RegisteringAnApiServerThatIsAlreadyRegisteredWarnsUntilTheCallerAllowsIt()
    {
        await host.RegisterAsync("first", replacement);
        var draft = new RegisterClusterDraft { Name = "second", Kubeconfig = replacement.KubeconfigYaml("again") };

        (await Registration.CheckAsync(draft, CachingHost.Admin, Cancel)).SameServer.ShouldBe(["first"]);
        var refused = await Should.ThrowAsync<DuplicateServerException>(() => Registration.RegisterAsync(draft, CachingHost.Admin, Cancel));
        refused.Message.ShouldContain("already registered as 'first'");
        refused.Message.ShouldContain("allowDuplicateServer");
        (await Registry.ListAsync(Cancel)).Select(c => c.Name).ShouldBe(["first"]);

        draft.AllowDuplicateServer = true;
        (await Registration.RegisterAsync(draft, CachingHost.Admin, Cancel)).Name.ShouldBe("second");
    }

    [Fact]
    public async Task ANameAnotherClusterHasIsReportedInTheWordsARegistrationWouldMeet()
    {
        var (id, _) = await host.AddClusterAsync("Prod");

        (await Registration.NameTakenMessageAsync(" prod ", null, CachingHost.Admin, Cancel)).ShouldBe(new DuplicateClusterNameException("prod").Message);
        (await Registration.NameTakenMessageAsync("prod", id, CachingHost.Admin, Cancel)).ShouldBeNull();
        (await Registration.NameTakenMessageAsync("staging", null, CachingHost.Admin, Cancel)).ShouldBeNull();
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await replacement.DisposeAsync();
    }
}
