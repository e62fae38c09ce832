using Dashboard.Core.Auditing;
using Dashboard.Core.Routes;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Tests.Changes;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Routes;

/// <summary>HTTPRoutes go through the one gate: the role, then the draft (its backends against the namespace's Services), then the cluster.</summary>
public sealed class HttpRouteOperationsTests : IAsyncLifetime
{
    private const string Domain = "sslip.io";

    private ChangeTestCluster lab = default!;

    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private HttpRouteOperations Operations => lab.Services.GetRequiredService<HttpRouteOperations>();

    public async ValueTask InitializeAsync()
    {
        lab = await ChangeTestCluster.StartAsync("gke");
        await lab.CreateBackendAsync("shop");
    }

    public ValueTask DisposeAsync() => lab.DisposeAsync();

    private static HttpRouteDraft Draft(string name = "shop", string service = "shop") => new()
    {
        Namespace = "default",
        Name = name,
        Parents = [new RouteParentDraft { GatewayName = "edge" }],
        Rules = [new HttpRouteRuleDraft { Backends = [new HttpBackendDraft { ServiceName = service, Port = 80 }] }],
    };

    [Fact]
    public async Task AGenerateRouteIsStoredWithThePlaceholderHostnameAndTheRequestAnnotation()
    {
        var created = await Operations.CreateAsync(lab.Id, Draft(), Domain, ChangeTestCluster.Admin, dryRun: false, Cancel);

        created.Object.Spec!.Hostnames.ShouldBe([Domain]);
        created.Object.Metadata.Annotations[IngressManifest.HostnameAnnotation].ShouldBe(IngressManifest.HostnameGenerate);
        created.Yaml.ShouldContain("kind: HTTPRoute");
        var draft = await Operations.GetDraftAsync(lab.Id, "default", "shop", Domain, ChangeTestCluster.Admin, Cancel);
        draft.HostChoice.ShouldBe(RouteHostChoice.Generate);
        draft.Parents.ShouldHaveSingleItem().GatewayName.ShouldBe("edge");
        draft.Rules.ShouldHaveSingleItem().Backends.ShouldHaveSingleItem().ServiceName.ShouldBe("shop");
        (await lab.AuditAsync(AuditActions.HttpRouteCreate)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task AnEditWritesTheNewRulesAndADeleteRemovesTheRoute()
    {
        await Operations.CreateAsync(lab.Id, Draft(), Domain, ChangeTestCluster.Admin, dryRun: false, Cancel);
        var draft = await Operations.GetDraftAsync(lab.Id, "default", "shop", Domain, ChangeTestCluster.Admin, Cancel);
        draft.HostChoice = RouteHostChoice.Custom;
        draft.Hostnames = ["shop.example.com"];
        draft.Rules.Add(new HttpRouteRuleDraft { Matches = [new HttpRouteMatchDraft { Path = "/old" }], Backends = [], Redirect = new HttpRedirectDraft { Scheme = "https", StatusCode = 301 } });

        var edited = await Operations.UpdateAsync(lab.Id, "default", "shop", draft, Domain, ChangeTestCluster.Admin, dryRun: false, Cancel);

        edited.Object.Spec!.Hostnames.ShouldBe(["shop.example.com"]);
        edited.Object.Spec.Rules!.Count.ShouldBe(2);
        edited.Object.Spec.Rules[1].BackendRefs.ShouldBeNull();
        edited.Object.Spec.Rules[1].Filters!.ShouldHaveSingleItem().RequestRedirect!.StatusCode.ShouldBe(301);

        await Operations.DeleteAsync(lab.Id, "default", "shop", ChangeTestCluster.Admin, Cancel);

        await Should.ThrowAsync<Dashboard.Kubernetes.Changes.ApiServerRejectedException>(() => Operations.GetYamlAsync(lab.Id, "default", "shop", ChangeTestCluster.Admin, Cancel));
        (await lab.AuditAsync(AuditActions.HttpRouteDelete)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task ABackendServiceThatDoesNotExistIsRefusedBeforeTheClusterSeesTheRoute()
    {
        var error = await Should.ThrowAsync<ValidationException>(() =>
            Operations.CreateAsync(lab.Id, Draft("lost", "ghost"), Domain, ChangeTestCluster.Admin, dryRun: false, Cancel));

        error.Errors.ShouldContain(e => e.PropertyName.StartsWith("Rules[0].Backends[0]", StringComparison.Ordinal));
        await Should.ThrowAsync<Dashboard.Kubernetes.Changes.ApiServerRejectedException>(() => Operations.GetYamlAsync(lab.Id, "default", "lost", ChangeTestCluster.Admin, Cancel));
    }

    [Fact]
    public async Task AViewerMayReadButNotCreate()
    {
        await Should.ThrowAsync<ForbiddenException>(() => Operations.CreateAsync(lab.Id, Draft(), Domain, ChangeTestCluster.Viewer, dryRun: true, Cancel));

        await Operations.CreateAsync(lab.Id, Draft(), Domain, ChangeTestCluster.Admin, dryRun: false, Cancel);
        (await Operations.GetYamlAsync(lab.Id, "default", "shop", ChangeTestCluster.Viewer, Cancel)).ShouldContain("name: shop");
    }
}
