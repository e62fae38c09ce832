using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Dashboard.Web.Components.Lean;

/// <summary>
/// <c>MudThemeProvider</c> that renders its CSS variables from a string built once per theme and mode and shared by
/// every open tab. The stock provider builds the ~12,000-character style sheet again on each render and each tab keeps
/// two copies of it in its render tree (about 48 KiB per tab).
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    private static readonly ConditionalWeakTable<MudTheme, ConcurrentDictionary<bool, MarkupString>> Sheets = [];

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        var theme = Theme ?? throw new InvalidOperationException("SharedThemeProvider needs a Theme.");
        var sheets = Sheets.GetValue(theme, static _ => new ConcurrentDictionary<bool, MarkupString>());
        // The layout turns ObserveSystemDarkModeChange off, so the parameter is the mode: nothing else sets the state.
#pragma warning disable MUD0010
        var dark = IsDarkMode;
#pragma warning restore MUD0010
        __builder.AddMarkupContent(0, sheets.GetOrAdd(dark, _ => new MarkupString(BuildMudBlazorScrollbar() + BuildTheme())).Value);
    }
}
