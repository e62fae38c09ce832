using System.Net;
using Dashboard.Sandbox.Tests.Support;
using k8s;

namespace Dashboard.Sandbox.Tests.Client;

/// <summary>List queries: label and field selectors, paging with limit and continue.</summary>
public sealed class ListTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICoreV1Operations Core => sandbox.Client.CoreV1;

    [Theory]
    [InlineData("tier=front", "a,b")]
    [InlineData("tier==front", "a,b")]
    [InlineData("tier!=front", "c,d")]
    [InlineData("tier in (back, db)", "c")]
    [InlineData("tier notin (front)", "c,d")]
    [InlineData("tier", "a,b,c")]
    [InlineData("!tier", "d")]
    [InlineData("tier=front,env=prod", "a")]
    public async Task LabelSelectorsFilterTheList(string selector, string expected)
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await CreateAsync(ns, "a", ("tier", "front"), ("env", "prod"));
        await CreateAsync(ns, "b", ("tier", "front"));
        await CreateAsync(ns, "c", ("tier", "back"));
        await CreateAsync(ns, "d");

        var list = await Core.ListNamespacedConfigMapAsync(ns, labelSelector: selector, cancellationToken: Ct);

        string.Join(",", list.Items.Select(i => i.Metadata.Name)).ShouldBe(expected);
    }

    [Fact]
    public async Task AMalformedLabelSelectorIsABadRequest()
    {
        var (code, reason, _) = await ApiError.Of(() => Core.ListNamespacedConfigMapAsync("default", labelSelector: "tier in (a", cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.BadRequest);
        reason.ShouldBe("BadRequest");
    }

    [Fact]
    public async Task FieldSelectorsMatchNameAndNamespaceAcrossNamespaces()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await CreateAsync(ns, "wanted");
        await CreateAsync(ns, "other");

        var byName = await Core.ListConfigMapForAllNamespacesAsync(fieldSelector: "metadata.name=wanted", cancellationToken: Ct);
        var byNamespace = await Core.ListConfigMapForAllNamespacesAsync(fieldSelector: $"metadata.namespace={ns}", cancellationToken: Ct);

        byName.Items.Select(i => (i.Metadata.NamespaceProperty, i.Metadata.Name)).ShouldBe([(ns, "wanted")]);
        byNamespace.Items.Select(i => i.Metadata.Name).ShouldBe(["other", "wanted"]);
    }

    [Fact]
    public async Task LimitAndContinuePageThroughEveryItemOnce()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        foreach (var name in new[] { "e", "a", "d", "b", "c" })
        {
            await CreateAsync(ns, name);
        }

        var first = await Core.ListNamespacedConfigMapAsync(ns, limit: 2, cancellationToken: Ct);
        var second = await Core.ListNamespacedConfigMapAsync(ns, limit: 2, continueParameter: first.Metadata.ContinueProperty, cancellationToken: Ct);
        var third = await Core.ListNamespacedConfigMapAsync(ns, limit: 2, continueParameter: second.Metadata.ContinueProperty, cancellationToken: Ct);

        first.Items.Select(i => i.Metadata.Name).ShouldBe(["a", "b"]);
        first.Metadata.RemainingItemCount.ShouldBe(3);
        second.Items.Select(i => i.Metadata.Name).ShouldBe(["c", "d"]);
        third.Items.Select(i => i.Metadata.Name).ShouldBe(["e"]);
        third.Metadata.ContinueProperty.ShouldBeNull();
        first.Metadata.ResourceVersion.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task AForgedContinueTokenIsABadRequest()
    {
        var (code, _, _) = await ApiError.Of(() => Core.ListNamespacedConfigMapAsync("default", limit: 1, continueParameter: "bm90LWEtdG9rZW4", cancellationToken: Ct));

        code.ShouldBe(HttpStatusCode.BadRequest);
    }

    private Task<k8s.Models.V1ConfigMap> CreateAsync(string ns, string name, params (string Key, string Value)[] labels) =>
        Core.CreateNamespacedConfigMapAsync(Objects.ConfigMap(name, labels.ToDictionary(l => l.Key, l => l.Value)), ns, cancellationToken: Ct);
}
