using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Selectors;

namespace Dashboard.Sandbox.Tests.Units;

public sealed class LabelSelectorTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["app"] = "web", ["example.com/tier"] = "front" };

    [Theory]
    [InlineData("", true)]
    [InlineData("app=web", true)]
    [InlineData("app = web", true)]
    [InlineData("app==db", false)]
    [InlineData("app!=db", true)]
    [InlineData("missing!=x", true)]
    [InlineData("example.com/tier in (front,back)", true)]
    [InlineData("example.com/tier notin (front)", false)]
    [InlineData("missing notin (x)", true)]
    [InlineData("app,example.com/tier", true)]
    [InlineData("!app", false)]
    [InlineData("app=web,!missing,example.com/tier in (front)", true)]
    public void ARequirementMatchesLikeTheRealServer(string selector, bool matches) =>
        LabelSelector.Parse(selector).Matches(Labels).ShouldBe(matches);

    [Theory]
    [InlineData("app=we b")]
    [InlineData("in (a)")]
    [InlineData("app in (a")]
    [InlineData("-bad-=x")]
    public void AMalformedSelectorIsABadRequest(string selector) =>
        Should.Throw<ApiException>(() => LabelSelector.Parse(selector)).Code.ShouldBe(400);
}
