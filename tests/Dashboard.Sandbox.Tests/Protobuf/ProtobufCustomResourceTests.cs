using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using static Dashboard.Sandbox.Tests.Protobuf.ProtobufBodies;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>Custom resources have no protobuf form: the real server answers 415 before reading the body.</summary>
public sealed class ProtobufCustomResourceTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AProtobufIpAddressPoolIsAnUnsupportedMediaType()
    {
        var metallb = await clusters.GetAsync("metallb");
        using var http = metallb.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools")
        {
            Content = new ByteArrayContent(Envelope("metallb.io/v1beta1", "IPAddressPool", Hex("0a03 0a0170"))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.kubernetes.protobuf");

        using var response = await http.SendAsync(request, Ct);
        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        status.RootElement.GetProperty("message").GetString().ShouldBe(
            "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
    }
}
