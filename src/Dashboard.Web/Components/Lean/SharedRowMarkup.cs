using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Dashboard.Web.Components.Lean;

/// <summary>
/// The read-only cells of a list row rendered once to HTML and shared by every open tab that shows the row. The watch
/// caches keep one record per object until the object changes, so the record is the key: a changed object is a new
/// record and renders anew, and the markup goes when the record does. A tab then holds one markup frame per row instead
/// of some forty render-tree frames (docs/performance.md, "Memory per open tab"). Cells rendered this way carry no
/// event handlers; a row's buttons stay in the live render tree.
/// </summary>
public sealed class SharedRowMarkup(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    // Rows of records read fresh on every load (clusters, from the registry) are keyed by what they show instead; the
    // set is bounded by starting over when it grows past what a few hundred clusters' changes leave behind.
    private const int MaxShownKeys = 20_000;

    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, MarkupString>> rendered = [];
    private readonly ConcurrentDictionary<(string Template, object Shown), MarkupString> renderedByShown = new();

    /// <param name="items">The cached records a page shows.</param>
    /// <param name="template">Who renders them (a list's row template): one record can be shown by several lists.</param>
    /// <param name="cells">The cells of one record; must depend on nothing but the record and the template's owner.</param>
    /// <param name="shownOf">For records read anew on each load: a value (a tuple) of exactly what the cells show,
    /// which keys the markup instead of the record.</param>
    public async Task<MarkupString[]> RenderAsync<TItem>(IReadOnlyList<TItem> items, string template, Func<TItem, RenderFragment> cells,
        Func<TItem, object>? shownOf = null)
        where TItem : notnull
    {
        var markup = new MarkupString[items.Count];
        var missing = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (TryGet(items[i], template, shownOf, out var known))
                markup[i] = known;
            else
                missing.Add(i);
        }
        if (missing.Count == 0)
            return markup;

        // A renderer per batch: an HtmlRenderer keeps every root component it rendered until it is disposed.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            foreach (var i in missing)
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(FragmentHost.Fragment)] = cells(items[i]) });
                var html = (await renderer.RenderComponentAsync<FragmentHost>(parameters)).ToHtmlString();
                markup[i] = Add(items[i], template, shownOf, new MarkupString(html));
            }
        });
        return markup;
    }

    private bool TryGet<TItem>(TItem item, string template, Func<TItem, object>? shownOf, out MarkupString markup)
        where TItem : notnull =>
        shownOf is null
            ? ByTemplate(item).TryGetValue(template, out markup)
            : renderedByShown.TryGetValue((template, shownOf(item)), out markup);

    private MarkupString Add<TItem>(TItem item, string template, Func<TItem, object>? shownOf, MarkupString markup)
        where TItem : notnull
    {
        if (shownOf is null)
            return ByTemplate(item).GetOrAdd(template, markup);
        if (renderedByShown.Count > MaxShownKeys)
            renderedByShown.Clear();
        return renderedByShown.GetOrAdd((template, shownOf(item)), markup);
    }

    private ConcurrentDictionary<string, MarkupString> ByTemplate(object item) =>
        rendered.GetValue(item, static _ => new ConcurrentDictionary<string, MarkupString>(StringComparer.Ordinal));

    /// <summary>Renders a fragment and nothing else.</summary>
    private sealed class FragmentHost : IComponent
    {
        private RenderHandle handle;

        [Parameter] public RenderFragment? Fragment { get; set; }

        public void Attach(RenderHandle renderHandle) => handle = renderHandle;

        public Task SetParametersAsync(ParameterView parameters)
        {
            parameters.SetParameterProperties(this);
            handle.Render(builder => builder.AddContent(0, Fragment));
            return Task.CompletedTask;
        }
    }
}
