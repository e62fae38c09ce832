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
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, MarkupString>> rendered = [];

    /// <param name="items">The cached records a page shows.</param>
    /// <param name="template">Who renders them (a list's row template): one record can be shown by several lists.</param>
    /// <param name="cells">The cells of one record; must depend on nothing but the record and the template's owner.</param>
    public async Task<MarkupString[]> RenderAsync<TItem>(IReadOnlyList<TItem> items, string template, Func<TItem, RenderFragment> cells)
        where TItem : notnull
    {
        var markup = new MarkupString[items.Count];
        var missing = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (ByTemplate(items[i]).TryGetValue(template, out var known))
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
                markup[i] = ByTemplate(items[i]).GetOrAdd(template, new MarkupString(html));
            }
        });
        return markup;
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
