using System.Text.RegularExpressions;

namespace Dashboard.Tests.SharedWeb;

/// <summary>Signs an HttpClient in through the real login form (antiforgery token and all), keeping the session cookie.</summary>
public static partial class BrowserSignIn
{
    public static async Task<HttpResponseMessage> SignInWithFormAsync(this HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/login", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
