using Dashboard.Core.Security;
using Dashboard.Kubernetes.Services;
using Dashboard.Kubernetes.Tests.Caching;
using Dashboard.Kubernetes.Tests.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Services;

/// <summary>The Service wizard's live reads against the sandbox, with objects made by kubectl as an operator would.</summary>
public class PodSelectorLookupTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private static string Pod(string name, string labels) => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
          namespace: default
          labels: {labels}
        spec:
          containers:
          - name: main
            image: nginx:1.27
        ---
        """ + "\n";

    private const string WebDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
        spec:
          selector:
            matchLabels: {app: web, tier: front}
          template:
            metadata:
              labels: {app: web, tier: front, version: v2}
            spec:
              containers:
              - name: main
                image: nginx:1.27
        """;

    private static async Task<(ChangeTestCluster Lab, PodSelectorLookup Lookup, KubectlApply Kubectl)> StartAsync()
    {
        var lab = await ChangeTestCluster.StartAsync();
        return (lab, lab.Services.GetRequiredService<PodSelectorLookup>(), await KubectlApply.ForAsync(lab.Sandbox));
    }

    [Fact]
    public async Task PodsCreatedWithKubectlApplyAreCountedBySelector()
    {
        var (lab, lookup, kubectl) = await StartAsync();
        await using var _ = lab;
        using var __ = kubectl;
        await kubectl.ApplyAsync(Pod("web-1", "{app: web, tier: front}") + Pod("web-2", "{app: web, tier: back}") + Pod("db-1", "{app: db}"));

        var web = await lookup.CountPodsAsync(lab.Id, "default", new Dictionary<string, string> { ["app"] = "web" }, ChangeTestCluster.Viewer, Cancel);
        var front = await lookup.CountPodsAsync(lab.Id, "default", new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" }, ChangeTestCluster.Viewer, Cancel);
        var nobody = await lookup.CountPodsAsync(lab.Id, "default", new Dictionary<string, string> { ["app"] = "cache" }, ChangeTestCluster.Viewer, Cancel);

        (web, front, nobody).ShouldBe((2, 1, 0));
    }

    [Fact]
    public async Task ANamespaceThatDoesNotExistYetHasNoPodsAndNoSuggestions()
    {
        var (lab, lookup, kubectl) = await StartAsync();
        await using var _ = lab;
        using var __ = kubectl;

        var count = await lookup.CountPodsAsync(lab.Id, "not-yet", new Dictionary<string, string> { ["app"] = "web" }, ChangeTestCluster.Viewer, Cancel);
        var suggestions = await lookup.SelectorSuggestionsAsync(lab.Id, "not-yet", ChangeTestCluster.Viewer, Cancel);

        count.ShouldBe(0);
        suggestions.ShouldBeEmpty();
    }

    [Fact]
    public async Task SuggestionsComeFromADeploymentsSelectorRatherThanItsPods()
    {
        var (lab, lookup, kubectl) = await StartAsync();
        await using var _ = lab;
        using var __ = kubectl;
        await kubectl.ApplyAsync(WebDeployment);
        await kubectl.ApplyAsync(Pod("stray", "{app: stray}"));

        var suggestion = (await lookup.SelectorSuggestionsAsync(lab.Id, "default", ChangeTestCluster.Viewer, Cancel)).ShouldHaveSingleItem();

        suggestion.Source.ShouldBe("Deployment web");
        suggestion.Labels.ShouldBe(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" });
    }

    [Fact]
    public async Task WithoutWorkloadsThePodsLabelSetsAreSuggestedWithoutTheLabelsControllersAdd()
    {
        var (lab, lookup, kubectl) = await StartAsync();
        await using var _ = lab;
        using var __ = kubectl;
        await kubectl.ApplyAsync(Pod("web-1", "{app: web, pod-template-hash: 5d8f}") + Pod("web-2", "{app: web, pod-template-hash: 77aa}") + Pod("db-1", "{app: db}"));

        var suggestions = await lookup.SelectorSuggestionsAsync(lab.Id, "default", ChangeTestCluster.Viewer, Cancel);

        suggestions.Select(s => (s.Source, PodSelectorLookup.Describe(s.Labels))).ShouldBe([("2 pods", "app=web"), ("1 pod", "app=db")]);
    }

    [Fact]
    public async Task SomeoneWithoutARoleMayNotLook()
    {
        var (lab, lookup, kubectl) = await StartAsync();
        await using var _ = lab;
        using var __ = kubectl;

        await Should.ThrowAsync<ForbiddenException>(() =>
            lookup.SelectorSuggestionsAsync(lab.Id, "default", new Actor("u-x", "nobody", "none"), Cancel));
    }
}
