using Dashboard.Core.Kubernetes;

namespace Dashboard.Core.Tests.Drafts;

public class KubernetesNamesTests
{
    private static readonly Dictionary<string, Func<string?, string?>> Rules = new()
    {
        [nameof(KubernetesNames.Dns1123Label)] = KubernetesNames.Dns1123Label,
        [nameof(KubernetesNames.Dns1035Label)] = KubernetesNames.Dns1035Label,
        [nameof(KubernetesNames.Dns1123Subdomain)] = KubernetesNames.Dns1123Subdomain,
        [nameof(KubernetesNames.IngressHost)] = KubernetesNames.IngressHost,
        [nameof(KubernetesNames.PortName)] = KubernetesNames.PortName,
        [nameof(KubernetesNames.QualifiedName)] = KubernetesNames.QualifiedName,
        [nameof(KubernetesNames.LabelValue)] = KubernetesNames.LabelValue,
        [nameof(KubernetesPorts.NumberOrName)] = KubernetesPorts.NumberOrName,
    };

    public static TheoryData<string, string> Valid { get; } = new()
    {
        { "Dns1123Label", "default" }, { "Dns1123Label", "123-abc" }, { "Dns1123Label", new string('a', 63) },
        { "Dns1035Label", "web" }, { "Dns1035Label", "abc-123" },
        { "Dns1123Subdomain", "example.com" }, { "Dns1123Subdomain", "shop-tls" }, { "Dns1123Subdomain", "1.2.3" },
        { "IngressHost", "shop.example.com" }, { "IngressHost", "*.example.com" }, { "IngressHost", "localhost" },
        { "PortName", "http" }, { "PortName", "h2c" }, { "PortName", "8080-http" }, { "PortName", "web-http-endpoi" },
        { "QualifiedName", "app" }, { "QualifiedName", "app.kubernetes.io/name" }, { "QualifiedName", "My_Key.v1" },
        { "LabelValue", "" }, { "LabelValue", "MyValue" }, { "LabelValue", "my_value-1.2" },
        { "NumberOrName", "1" }, { "NumberOrName", "65535" }, { "NumberOrName", "http" },
    };

    public static TheoryData<string, string?, string> Invalid { get; } = new()
    {
        { "Dns1123Label", null, "Required value" },
        { "Dns1123Label", "My_App", "Invalid value \"My_App\": a lowercase RFC 1123 label must consist of" },
        { "Dns1123Label", "My_App", "Try 'my-app'." },
        { "Dns1123Label", "-web", "Try 'web'." },
        { "Dns1123Label", "a.b", "a lowercase RFC 1123 label" },
        { "Dns1123Label", "web\n", "Try 'web'." },
        { "Dns1123Label", new string('a', 64), "must be no more than 63 characters. It has 64; shorten it." },
        { "Dns1035Label", "1web", "start with an alphabetic character" },
        { "Dns1035Label", "123", "For example 'my-name'." },
        { "Dns1123Subdomain", "Example.COM", "Try 'example.com'." },
        { "Dns1123Subdomain", "a..b", "a lowercase RFC 1123 subdomain" },
        { "Dns1123Subdomain", new string('a', 254), "must be no more than 253 characters" },
        { "IngressHost", "", "Required value" },
        { "IngressHost", "192.168.1.10", "must be a DNS name, not an IP address" },
        { "IngressHost", "::1", "must be a DNS name, not an IP address" },
        { "IngressHost", "shop.example.com:80", "Leave out the port" },
        { "IngressHost", "http://shop.example.com", "without the scheme: 'shop.example.com'" },
        { "IngressHost", "*", "a wildcard DNS-1123 subdomain must start with '*.'" },
        { "IngressHost", "*.Example.com", "Try '*.example.com'." },
        { "IngressHost", "shop_1.example.com", "Try 'shop-1.example.com'." },
        { "PortName", "web-http-endpoint", "must be no more than 15 characters" },
        { "PortName", "HTTP", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)" },
        { "PortName", "-http", "must not begin or end with a hyphen" },
        { "PortName", "h--2", "must not contain consecutive hyphens" },
        { "QualifiedName", "", "Required value" },
        { "QualifiedName", "/app", "prefix part must be non-empty" },
        { "QualifiedName", "Example.com/app", "Try 'example.com/app'." },
        { "QualifiedName", "example.com/", "name part must be non-empty" },
        { "QualifiedName", "_app", "name part must consist of alphanumeric characters, '-', '_' or '.'" },
        { "QualifiedName", "example.com/" + new string('k', 64), "name part must be no more than 63 characters" },
        { "QualifiedName", "a/b/c", "a qualified name must consist of" },
        { "LabelValue", "-v", "a valid label must be an empty string or consist of" },
        { "LabelValue", new string('v', 64), "use an annotation for longer text" },
        { "NumberOrName", "", "Required value" },
        { "NumberOrName", "0", "must be between 1 and 65535, inclusive" },
        { "NumberOrName", "99999999999", "must be between 1 and 65535" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void NamesTheApiServerTakesAreAccepted(string rule, string value) => Rules[rule](value).ShouldBeNull();

    [Theory]
    [MemberData(nameof(Invalid))]
    public void NamesTheApiServerRefusesAreRefusedInItsWordsWithAFix(string rule, string? value, string expected) =>
        Rules[rule](value).ShouldNotBeNull().ShouldContain(expected, Case.Sensitive);

    [Fact]
    public void AVeryLongValueIsShortenedInTheMessage() =>
        KubernetesNames.Dns1123Subdomain(new string('A', 200)).ShouldNotBeNull().ShouldContain(new string('A', 70) + "…\"", Case.Sensitive);
}
