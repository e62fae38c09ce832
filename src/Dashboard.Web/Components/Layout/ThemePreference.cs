using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Layout;

/// <summary>The dark-mode choice, kept in the browser's localStorage so it is remembered per browser.</summary>
public sealed class ThemePreference(IJSRuntime js)
{
    private const string Key = "dashboard.darkMode";

    public async Task<bool?> GetAsync()
    {
        var stored = await js.InvokeAsync<string?>("localStorage.getItem", Key);
        return bool.TryParse(stored, out var dark) ? dark : null;
    }

    public async Task SetAsync(bool darkMode) =>
        await js.InvokeVoidAsync("localStorage.setItem", Key, darkMode ? "true" : "false");
}
