using Microsoft.Extensions.DependencyInjection;
using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

/// <summary>bUnit with MudBlazor (as MudBlazor's own TestContextExtensions): loose JS interop, its services, a popover provider.</summary>
public abstract class MudBlazorTestContext : BunitContext
{
    static MudBlazorTestContext()
    {
        // bUnit waits 1 s by default; on two shared cores in CI a render after a real SQLite or HTTP call can take longer.
        DefaultWaitTimeout = TimeSpan.FromSeconds(5);
    }

    protected MudBlazorTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<Dashboard.Web.Components.Lean.SharedRowMarkup>();
    }

    /// <summary>Selects and menus render into the popover provider; without it they silently never open.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
