using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi;

namespace Dashboard.Sandbox.Tests.OpenApi;

/// <summary>
/// The documents follow discovery: a create-only kind gets only its POST, and a scale subresource gets
/// autoscaling/v1 Scale operations, as soon as discovery lists them.
/// </summary>
public sealed class ComingKindPathTests
{
    [Fact]
    public void ACreateOnlyKindGetsOnlyItsPost()
    {
        var resources = Resources(Resource("selfsubjectaccessreviews", "SelfSubjectAccessReview", namespaced: false, "create"));

        var document = GroupVersionDocument.Build("authorization.k8s.io", "v1", resources, "v1.32.4");
        var paths = document["paths"]!.AsObject();

        paths.Select(p => p.Key).ShouldBe(["/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"]);
        var post = paths["/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"]!.AsObject();
        post.Select(p => p.Key).ShouldBe(["post", "parameters"]);
        post["post"]!["x-kubernetes-group-version-kind"]!["kind"]!.GetValue<string>().ShouldBe("SelfSubjectAccessReview");
        document["components"]!["schemas"]!.AsObject().ContainsKey("io.k8s.api.authorization.v1.SelfSubjectAccessReview").ShouldBeTrue();
    }

    [Fact]
    public void AScaleSubresourceGetsAutoscalingScaleOperations()
    {
        var scale = Resource("deployments/scale", "Scale", namespaced: true, "get", "patch", "update");
        scale["group"] = "autoscaling";
        scale["version"] = "v1";
        var resources = Resources(Resource("deployments", "Deployment", namespaced: true, "create", "delete", "get", "list", "patch", "update", "watch"), scale);

        var document = GroupVersionDocument.Build("apps", "v1", resources, "v1.32.4");
        var item = document["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"]!.AsObject();
        var gvk = item["patch"]!["x-kubernetes-group-version-kind"]!;

        item.Select(p => p.Key).ShouldBe(["get", "put", "patch", "parameters"]);
        (gvk["group"]!.GetValue<string>(), gvk["version"]!.GetValue<string>(), gvk["kind"]!.GetValue<string>()).ShouldBe(("autoscaling", "v1", "Scale"));
        item["patch"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldContain("fieldValidation");
        document["components"]!["schemas"]!.AsObject().ContainsKey("io.k8s.api.autoscaling.v1.ScaleSpec").ShouldBeTrue();
    }

    [Fact]
    public void EventsOfTheEventsGroupAreTheirOwnSchema()
    {
        var resources = Resources(Resource("events", "Event", namespaced: true, "create", "delete", "get", "list", "patch", "update", "watch"));

        var document = GroupVersionDocument.Build("events.k8s.io", "v1", resources, "v1.32.4");
        var schemas = document["components"]!["schemas"]!.AsObject();

        schemas["io.k8s.api.events.v1.Event"]!["properties"]!.AsObject().ContainsKey("deprecatedCount").ShouldBeTrue();
        schemas["io.k8s.api.events.v1.Event"]!["properties"]!["eventTime"]!["allOf"]![0]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime");
        schemas.ContainsKey("io.k8s.api.events.v1.EventList").ShouldBeTrue();
        schemas.ContainsKey("io.k8s.api.core.v1.Event").ShouldBeFalse();
    }

    private static JsonObject Resources(params JsonObject[] resources) => new() { ["resources"] = new JsonArray(resources) };

    private static JsonObject Resource(string name, string kind, bool namespaced, params string[] verbs) => new()
    {
        ["name"] = name,
        ["namespaced"] = namespaced,
        ["kind"] = kind,
        ["verbs"] = new JsonArray([.. verbs.Select(v => (JsonNode)v)]),
    };
}
