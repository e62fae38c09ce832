using AngleSharp.Dom;
using Bunit;
using Dashboard.Core.Security;
using MudBlazor;

#pragma warning disable MUD0012 // tests read a step index and a radio value only, never set them

namespace Dashboard.Web.Tests.Components;

/// <summary>The workload wizards over <see cref="SandboxClusterTestContext"/>: stepper helpers for the wizard tests.</summary>
public abstract class WizardTestContext : SandboxClusterTestContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The registered cluster's name, shown in the wizard's breadcrumbs once its support report is loaded.</summary>
    protected const string ClusterName = "wizard-lab";

    /// <summary>Call first: services, a signed-in operator, the cluster of <paramref name="profile"/>, the providers.</summary>
    protected Task StartAsync(string profile = "rke-custom") => StartAsync(Roles.Operator, profile, ClusterName);

    /// <summary>The one button whose text is exactly this.</summary>
    protected static IElement Button<TComponent>(IRenderedComponent<TComponent> rendered, string text)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The stepper's active step, after the preview handler (validation) has had its say.</summary>
    protected static int ActiveStep<TComponent>(IRenderedComponent<TComponent> rendered)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindComponent<MudStepper>().Instance.ActiveIndex;

    /// <summary>Clicks Next and waits until the stepper is on <paramref name="expected"/> (or stays there).</summary>
    protected static void Next<TComponent>(IRenderedComponent<TComponent> rendered, int expected, string text = "Next")
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent
    {
        // Typing re-renders the stepper's buttons; a click on a just-replaced one is retried on the new one.
        rendered.WaitForAssertion(() => Button(rendered, text).Click(), Patience);
        rendered.WaitForAssertion(() => ActiveStep(rendered).ShouldBe(expected), Patience);
    }

    /// <summary>The text field of the active step with this label.</summary>
    protected static IRenderedComponent<MudTextField<string>> TextField<TComponent>(IRenderedComponent<TComponent> rendered, string label)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label);

    /// <summary>Picks a radio of a MudRadioGroup by its value.</summary>
    protected static void ChooseRadio<TComponent, TValue>(IRenderedComponent<TComponent> rendered, TValue value)
        where TComponent : class, Microsoft.AspNetCore.Components.IComponent =>
        rendered.FindComponents<MudRadio<TValue>>().Single(r => EqualityComparer<TValue>.Default.Equals(r.Instance.Value, value)).Find("input").Click();
}
