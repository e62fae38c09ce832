using Dashboard.Core.Gateways;

namespace Dashboard.Core.Tests.Hostnames;

public class ListenerHostnamesTests
{
    [Theory]
    [InlineData(null, "shop.web.203.0.113.10.sslip.io")]
    [InlineData("", "anything.example")]
    [InlineData("shop.example", "shop.example")]
    [InlineData("Shop.Example", "shop.example")]
    [InlineData("*.shop.example", "www.shop.example")]
    [InlineData("*.shop.example", "a.b.shop.example")]
    [InlineData("*.sslip.io", "shop.web.203.0.113.10.sslip.io")]
    [InlineData("www.shop.example", "*.shop.example")]
    [InlineData("*.shop.example", "*.shop.example")]
    [InlineData("*.example", "*.shop.example")]
    [InlineData("*.shop.example", "*.example")]
    public void TheseHostnamesAttach(string? listener, string route) => ListenerHostnames.Intersect(listener, route).ShouldBeTrue();

    [Theory]
    [InlineData("shop.example", "www.shop.example")]
    [InlineData("*.shop.example", "shop.example")]
    [InlineData("*.shop.example", "shop.web.203.0.113.10.sslip.io")]
    [InlineData("*.shop.example", "evilshop.example")]
    [InlineData("shop.example", "*.shop.example")]
    [InlineData("*.shop.example", "*.other.example")]
    public void TheseDoNot(string listener, string route) => ListenerHostnames.Intersect(listener, route).ShouldBeFalse();
}
