using System.Text.RegularExpressions;

namespace Dashboard.Tests.SharedWeb;

/// <summary>The signed-in forms a browser posts (sign-out, password change), antiforgery token and all.</summary>
public static partial class SessionForms
{
    /// <summary>The change-password page is static and carries an antiforgery token for the signed-in user.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client) =>
        AntiforgeryField().Match(await client.GetStringAsync("/account/change-password")).Groups[1].Value;

    public static async Task<HttpResponseMessage> SignOutWithFormAsync(this HttpClient client)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync() });
        return await client.PostAsync("/account/logout", form);
    }

    public static async Task<HttpResponseMessage> ChangePasswordWithFormAsync(this HttpClient client, string current, string next)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(),
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Confirm"] = next,
        });
        return await client.PostAsync("/account/change-password", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
