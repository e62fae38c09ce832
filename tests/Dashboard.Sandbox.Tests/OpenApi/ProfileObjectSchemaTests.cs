using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.OpenApi;
using Dashboard.Sandbox.Tests.Support;
using Dashboard.Sandbox.Validation;

namespace Dashboard.Sandbox.Tests.OpenApi;

/// <summary>
/// Every object a profile starts with, and every object its controllers wrote, fits its kind's schema:
/// otherwise a strict patch of it (kubectl apply of an existing object) would be refused for a field the user never sent.
/// </summary>
public sealed class ProfileObjectSchemaTests(ProfileClusters clusters) : IClassFixture<ProfileClusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Profiles => [.. SandboxProfiles.Names];

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task EveryObjectOfTheProfileFitsItsKindsSchema(string profile)
    {
        var sandbox = await clusters.GetAsync(profile);
        using var http = sandbox.CreateHttpClient();
        var problems = new List<string>();

        // Review kinds are only posted, never stored or listed.
        foreach (var kind in SandboxProfiles.Get(profile).Served.All.Where(k => !k.IsCreateOnly))
        {
            var prefix = kind.Group.Length == 0 ? $"/api/{kind.Version}" : $"/apis/{kind.Group}/{kind.Version}";
            var list = JsonNode.Parse(await http.GetStringAsync($"{prefix}/{kind.Plural}", Ct))!;
            foreach (var item in list["items"]!.AsArray().OfType<JsonObject>())
            {
                item["apiVersion"] = kind.ApiVersion;
                item["kind"] = kind.Kind;
                problems.AddRange(StrictDecoding.Problems(Encoding.UTF8.GetBytes(item.ToJsonString()), KindSchemas.For(kind))
                    .Select(p => $"{kind.Kind} {item["metadata"]?["name"]}: {p}"));
            }
        }

        problems.ShouldBeEmpty();
    }
}
