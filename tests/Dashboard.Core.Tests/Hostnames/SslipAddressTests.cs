using Dashboard.Core.Hostnames;

namespace Dashboard.Core.Tests.Hostnames;

public class SslipAddressTests
{
    [Theory]
    [InlineData("203.0.113.10", "203.0.113.10")]
    [InlineData("2001:db8::1", "2001-db8--1")]
    [InlineData("::1", "0--1")]
    [InlineData("::", "0--0")]
    [InlineData("fe80::1%eth0", "fe80--1")]
    [InlineData("2001:db8:85a3::8a2e:370:7334", "2001-db8-85a3--8a2e-370-7334")]
    [InlineData("2001:DB8:0:0:1:0:0:1", "2001-db8--1-0-0-1")]
    public void AnAddressIsWrittenTheSslipWay(string ip, string expected) => SslipAddress.Format(ip).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lb.example.net")]
    [InlineData("300.1.1.1")]
    public void SomethingThatIsNotAnIpAddressHasNoForm(string? value) => SslipAddress.Format(value).ShouldBeNull();

    [Theory]
    [InlineData("::1")]
    [InlineData("fe80::")]
    [InlineData("2001:db8::")]
    [InlineData("::ffff:0:1")]
    public void NoLabelStartsOrEndsWithADash(string ip)
    {
        var formatted = SslipAddress.Format(ip)!;

        formatted.ShouldNotStartWith("-");
        formatted.ShouldNotEndWith("-");
    }
}
