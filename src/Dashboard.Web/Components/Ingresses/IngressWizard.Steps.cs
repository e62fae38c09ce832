using Dashboard.Core.Ingresses;
using Dashboard.Web.Components.Objects;
using MudBlazor;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>The wizard's gate between steps: the shared validator decides, the UI only shows.</summary>
public sealed partial class IngressWizard : IDisposable
{
    private ChangeDebouncer? recheck;

    /// <summary>Next is refused while the step has errors: the shared validator decides, the UI only shows.</summary>
    private async Task OnPreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action != StepAction.Complete)
            return;
        preview = null;
        await LoadServicesAsync(); // the pickers and the backend checks see Services made meanwhile
        errors = await Checks.IngressErrorsAsync(ClusterId, draft, StepFields(args.StepIndex), CancellationToken.None);
        args.Cancel = errors.Count > 0;
        if (args.Cancel)
            return;
        if (args.StepIndex == 4 && Editing)
            await SubmitAsync(dry: true); // an edit's review shows the object as the server would store it
        else if (args.StepIndex == 5)
            args.Cancel = !await SubmitAsync(dry: false);
    }

    /// <summary>
    /// After a refused Next, the step's errors are re-checked once typing pauses (by then the fields' bindings have
    /// landed in the draft), so a fixed field stops showing red without pressing Next again.
    /// </summary>
    private void OnTyped()
    {
        if (errors.Count == 0)
            return;
        recheck ??= new ChangeDebouncer(() => InvokeAsync(async () =>
        {
            errors = await Checks.IngressErrorsAsync(ClusterId, draft, StepFields(step), CancellationToken.None);
            StateHasChanged();
        }), ValidationTiming.RecheckDelay);
        recheck.Notify();
    }

    public void Dispose() => recheck?.Dispose();

    private static string[] StepFields(int index) => index switch
    {
        0 => [nameof(IngressDraft.Namespace), nameof(IngressDraft.Name)],
        1 => [nameof(IngressDraft.ClassName)],
        2 => [nameof(IngressDraft.Rules)],
        3 => [nameof(IngressDraft.Tls)],
        4 => [nameof(IngressDraft.Labels), nameof(IngressDraft.Annotations)],
        _ => [],
    };
}
