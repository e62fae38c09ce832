using Dashboard.Core.Workloads;
using Dashboard.Web.Components.Resources;
using MudBlazor;

namespace Dashboard.Web.Components.Workloads;

/// <summary>The wizard's gate between steps: the shared validator decides, the UI only shows.</summary>
public sealed partial class ServiceWizard : IDisposable
{
    private ChangeDebouncer? recheck;

    /// <summary>Next is refused while the step has errors: the shared validator decides, the UI only shows.</summary>
    private async Task OnPreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action != StepAction.Complete)
            return;
        errors = await WorkloadValidation.ServiceErrorsAsync(draft, ClusterId, Resources, StepFields(args.StepIndex));
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
            errors = await WorkloadValidation.ServiceErrorsAsync(draft, ClusterId, Resources, StepFields(step));
            StateHasChanged();
        }), WorkloadValidation.RecheckDelay);
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
