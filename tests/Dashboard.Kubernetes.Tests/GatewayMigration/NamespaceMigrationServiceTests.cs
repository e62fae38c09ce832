using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.GatewayMigration;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Tests.Changes;
using Dashboard.Kubernetes.Tests.Gateways;
using System.Text.Json;
using FluentValidation;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.GatewayMigration;

/// <summary>The Ingresses of a namespace moved to one Gateway on the gke sandbox, through the one gate, with kubectl's view of the result.</summary>
public sealed class NamespaceMigrationServiceTests : IAsyncLifetime
{
    private const string GatewayClass = "gke-l7-global-external-managed";
    private const string Shop = "shop";

    private ChangeTestCluster lab = default!;

    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private NamespaceMigrationService Migration => lab.Services.GetRequiredService<NamespaceMigrationService>();

    public async ValueTask InitializeAsync()
    {
        lab = await ChangeTestCluster.StartAsync("gke");
        foreach (var backend in new[] { "web", "web-v2", "blog" })
            await lab.CreateBackendAsync(backend, Shop);
        await lab.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "blog-tls" },
            Type = "kubernetes.io/tls",
            StringData = new Dictionary<string, string> { ["tls.crt"] = "certificate", ["tls.key"] = "key" },
        }, Shop, cancellationToken: Cancel);
        await IngressAsync("web", "web.example.com", "web");
        await IngressAsync("web-canary", "web.example.com", "web-v2", new Dictionary<string, string>
        {
            ["nginx.ingress.kubernetes.io/canary"] = "true",
            ["nginx.ingress.kubernetes.io/canary-weight"] = "10",
        });
        await IngressAsync("blog", "blog.example.com", "blog", tlsSecret: "blog-tls");
    }

    public ValueTask DisposeAsync() => lab.DisposeAsync();

    private Task<V1Ingress> IngressAsync(string name, string host, string service, Dictionary<string, string>? annotations = null, string? tlsSecret = null) =>
        lab.Client.NetworkingV1.CreateNamespacedIngressAsync(new V1Ingress
        {
            Metadata = new V1ObjectMeta { Name = name, Annotations = annotations },
            Spec = new V1IngressSpec
            {
                IngressClassName = "nginx",
                Tls = tlsSecret is null ? null : [new V1IngressTLS { Hosts = [host], SecretName = tlsSecret }],
                Rules = [new V1IngressRule
                {
                    Host = host,
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths = [new V1HTTPIngressPath
                        {
                            Path = "/", PathType = "Prefix",
                            Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = service, Port = new V1ServiceBackendPort { Number = 80 } } },
                        }],
                    },
                }],
            },
        }, Shop, cancellationToken: Cancel);

    private Task<IReadOnlyList<string>> RouteNamesAsync() => NamesAsync("httproutes");

    private async Task<bool> GatewayExistsAsync(string name) => (await NamesAsync("gateways")).Contains(name);

    /// <summary>What the API server holds, as kubectl get would list it.</summary>
    private async Task<IReadOnlyList<string>> NamesAsync(string plural)
    {
        var list = (JsonElement)await lab.Client.CustomObjects.ListNamespacedCustomObjectAsync(GatewayApiObjects.Group, "v1", Shop, plural, cancellationToken: Cancel);
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("metadata").GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task ADryRunTranslatesEveryIngressOntoOneGatewayAndStoresAndAuditsNothing()
    {
        var result = await Migration.MoveAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass), "sslip.io", ChangeTestCluster.Admin, dryRun: true, Cancel);

        result.DryRun.ShouldBeTrue();
        result.Created.ShouldBeEmpty();
        (result.GatewayNamespace, result.GatewayName, result.NewGateway).ShouldBe((Shop, "shop-gateway", true));
        result.Ingresses.Select(i => (i.Ingress, string.Join(',', i.RouteNames))).ShouldBe([("blog", "blog,blog-ssl-redirect"), ("web", "web")]);
        result.LeftOut.ShouldHaveSingleItem().Name.ShouldBe("web-canary");
        result.GatewayManifest.ShouldNotBeNull().ShouldContain("hostname: blog.example.com");
        result.Ingresses.Single(i => i.Ingress == "web").Manifests.ShouldContain("name: web-v2");
        (await RouteNamesAsync()).ShouldBeEmpty();
        (await GatewayExistsAsync("shop-gateway")).ShouldBeFalse();
        (await lab.AuditAsync(AuditActions.NamespaceMoveToGateway)).ShouldBeEmpty();
    }

    [Fact]
    public async Task MovingCreatesTheSharedGatewayAndEveryRouteBesideTheIngressesAndAuditsOnce()
    {
        var result = await Migration.MoveAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass, "public"), "sslip.io", ChangeTestCluster.Admin, dryRun: false, Cancel);

        result.Created.ShouldBe(["Gateway shop/public", "HTTPRoute shop/blog", "HTTPRoute shop/blog-ssl-redirect", "HTTPRoute shop/web"]);
        (await GatewayExistsAsync("public")).ShouldBeTrue();
        (await RouteNamesAsync()).ShouldBe(["blog", "blog-ssl-redirect", "web"]);
        (await lab.Client.NetworkingV1.ListNamespacedIngressAsync(Shop, cancellationToken: Cancel)).Items.Count.ShouldBe(3);
        var resources = lab.Services.GetRequiredService<IClusterResources>();
        var web = await Eventually.ReturnsAsync(() => resources.HttpRouteAsync(lab.Id, Shop, "web", Cancel), r => r?.Route.Accepted == true, Cancel);
        web!.Route.Parents.ShouldAllBe(p => p.GatewayName == "public");
        (await lab.AuditAsync(AuditActions.NamespaceMoveToGateway)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task ARouteNameAlreadyTakenIsRefusedOnTheDryRunBeforeAnythingIsCreated()
    {
        await lab.Client.CreateHttpRouteAsync(Shop, "web", "elsewhere", "web");

        var refusal = await Should.ThrowAsync<ApiServerRejectedException>(() =>
            Migration.MoveAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass), "sslip.io", ChangeTestCluster.Admin, dryRun: false, Cancel));

        refusal.StatusCode.ShouldBe(409);
        refusal.Message.ShouldStartWith("HTTPRoute shop/web: ");
        (await GatewayExistsAsync("shop-gateway")).ShouldBeFalse();
        (await RouteNamesAsync()).ShouldBe(["web"]);
        (await lab.AuditAsync(AuditActions.NamespaceMoveToGateway)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failure);
    }

    [Fact]
    public async Task OnlyTheChosenIngressesMoveAndAnIngressTheNamespaceDoesNotHaveIsNamed()
    {
        var result = await Migration.PreviewAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass, Ingresses: ["blog"]), "sslip.io", ChangeTestCluster.Admin, Cancel);
        result.Ingresses.ShouldHaveSingleItem().Ingress.ShouldBe("blog");
        result.LeftOut.ShouldBeEmpty();

        var missing = await Should.ThrowAsync<ValidationException>(() =>
            Migration.PreviewAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass, Ingresses: ["shop-admin"]), "sslip.io", ChangeTestCluster.Admin, Cancel));
        missing.Message.ShouldContain("The namespace shop has no Ingress shop-admin");
    }

    [Fact]
    public async Task AViewerIsRefusedAndANamespaceWithoutIngressesSaysSo()
    {
        await Should.ThrowAsync<ForbiddenException>(() =>
            Migration.MoveAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass), "sslip.io", ChangeTestCluster.Viewer, dryRun: false, Cancel));
        await Should.ThrowAsync<ForbiddenException>(() =>
            Migration.PreviewAsync(lab.Id, Shop, new NamespaceMigrationChoice(GatewayClass), "sslip.io", ChangeTestCluster.Viewer, Cancel));
        (await RouteNamesAsync()).ShouldBeEmpty();

        var empty = await Should.ThrowAsync<ValidationException>(() =>
            Migration.PreviewAsync(lab.Id, "default", new NamespaceMigrationChoice(GatewayClass), "sslip.io", ChangeTestCluster.Admin, Cancel));
        empty.Message.ShouldBe("The namespace default has no Ingresses to move: create one, or choose another namespace.");
    }

    [Fact]
    public async Task ACreateThatFailsHalfWayDeletesWhatTheMoveHadCreated()
    {
        // The single move creates without a dry run first: its redirect route's name is taken after the Gateway and the route were made.
        await lab.Client.CreateHttpRouteAsync(Shop, "blog-ssl-redirect", "elsewhere", "blog");
        var single = lab.Services.GetRequiredService<GatewayMigrationService>();

        var refusal = await Should.ThrowAsync<ApiServerRejectedException>(() =>
            single.MoveAsync(lab.Id, Shop, "blog", new GatewayMigrationChoice(GatewayClass), "sslip.io", ChangeTestCluster.Admin, dryRun: false, Cancel));

        refusal.Message.ShouldStartWith("Creating HTTPRoute shop/blog-ssl-redirect failed: ");
        refusal.Message.ShouldEndWith("Nothing was left behind: Gateway shop/blog-gateway, HTTPRoute shop/blog, created by this move, were deleted again.");
        (await GatewayExistsAsync("blog-gateway")).ShouldBeFalse();
        (await RouteNamesAsync()).ShouldBe(["blog-ssl-redirect"]);
    }
}
