using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Lean;

/// <summary>
/// A MudBlazor icon as one piece of markup instead of a <c>MudIcon</c> component: every component an open tab
/// shows costs the server its own render-tree buffers for as long as the tab is open (docs/performance.md,
/// "Memory per open tab"), and an icon needs none of that. The markup is built once per icon, size and class and
/// shared by every tab.
/// </summary>
public static class SvgIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string Size, string Class), MarkupString> Built = new();
    private static readonly ConcurrentDictionary<(string Icon, string Size), MarkupString> ButtonLabels = new();

    /// <param name="icon">An <c>Icons.Material.*</c> value (SVG path markup).</param>
    /// <param name="size">"small", "medium" or "large", as MudBlazor's <c>mud-icon-size-*</c> classes.</param>
    /// <param name="cssClass">Extra classes, e.g. a colour (<c>mud-error-text</c>).</param>
    public static MarkupString Of(string icon, string size = "medium", string cssClass = "") =>
        Built.GetOrAdd((icon, size, cssClass), static key => new MarkupString(
            $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{key.Size} {key.Class}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg>"));

    /// <summary>The inside of an icon button (<c>mud-icon-button-label</c> and the icon), as one piece of markup.</summary>
    public static MarkupString ButtonLabel(string icon, string size = "small") =>
        ButtonLabels.GetOrAdd((icon, size), static key => new MarkupString($"<span class=\"mud-icon-button-label\">{Of(key.Icon, key.Size).Value}</span>"));
}
