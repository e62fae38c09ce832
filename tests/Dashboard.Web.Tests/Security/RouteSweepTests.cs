using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Tests.Shared;
using Dashboard.Tests.SharedWeb;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// Every route the app maps, read from its own endpoint data (a new page or API call is swept without editing
/// this test): anonymously, pages redirect to the login page and the API answers 401.
/// </summary>
public sealed partial class RouteSweepTests : IAsyncLifetime
{
    private static readonly string[] AnonymousByDesign = ["/api/v1/auth/token", "/healthz", "/login"];

    private readonly TempDirectory data = new();
    private DashboardAppFactory app = default!;

    public ValueTask InitializeAsync()
    {
        app = new DashboardAppFactory(data.Path, new Dictionary<string, string?> { ["Dashboard:Sandbox:Profiles:0"] = "" });
        return ValueTask.CompletedTask;
    }

    private RouteEndpoint[] Endpoints()
    {
        _ = app.Server; // start the host
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null) // files; the sweep is about pages and calls
            .ToArray();
    }

    [Fact]
    public void OnlyHealthLoginAndTheTokenCallAreAnonymous()
    {
        var anonymous = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().Order(StringComparer.Ordinal);

        anonymous.ShouldBe(AnonymousByDesign);
    }

    [Fact]
    public async Task EveryOtherRouteRedirectsPagesToLoginAndRefusesTheApi()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var swept = 0;
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "x");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
                var what = $"{method} {path}";
                if (path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, what);
                    response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", what);
                }
                else
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.Redirect, what);
                    response.Headers.Location!.ToString().ShouldContain("/login", Case.Sensitive, what);
                }
                swept++;
            }
        }
        swept.ShouldBeGreaterThan(10);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
