using Dashboard.Core.Services;
using Dashboard.Web.Components.Objects;
using MudBlazor;

namespace Dashboard.Web.Components.Services;

/// <summary>The wizard's gate between steps: the shared validator decides, the UI only shows.</summary>
public sealed partial class ServiceWizard : IDisposable
{
    private ChangeDebouncer? recheck;

    /// <summary>Next is refused while the step has errors: the shared validator decides, the UI only shows.</summary>
    private async Task OnPreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action != StepAction.Complete)
            return;
        errors = await Checks.ServiceErrorsAsync(ClusterId, draft, StepFields(args.StepIndex), CancellationToken.None);
        args.Cancel = errors.Count > 0;
        if (!args.Cancel && args.StepIndex == 4)
            args.Cancel = !await CreateAsync();
    }

    /// <summary>After a refused Next, the step's errors follow the fields once typing pauses (as in the Ingress wizard).</summary>
    private void OnTyped()
    {
        if (errors.Count == 0)
            return;
        recheck ??= new ChangeDebouncer(() => InvokeAsync(async () =>
        {
            errors = await Checks.ServiceErrorsAsync(ClusterId, draft, StepFields(step), CancellationToken.None);
            StateHasChanged();
        }), ValidationTiming.RecheckDelay);
        recheck.Notify();
    }

    public void Dispose() => recheck?.Dispose();

    private static string[] StepFields(int index) => index switch
    {
        0 => [nameof(ServiceDraft.Namespace)],
        1 => [nameof(ServiceDraft.Name), nameof(ServiceDraft.Type), nameof(ServiceDraft.ExternalName)],
        2 => [nameof(ServiceDraft.Ports)],
        3 => [nameof(ServiceDraft.Selector), nameof(ServiceDraft.Labels)],
        _ => [],
    };
}
