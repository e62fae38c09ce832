using Dashboard.Web.Components.Objects;

namespace Dashboard.Web.Components.Wizards;

/// <summary>
/// The gate both wizards keep between steps: Next checks the step's fields with the service layer's draft checks (the
/// same ones the operation runs before a change), and once a refused Next has shown errors, they are re-checked when
/// typing pauses (by then the fields' bindings have landed in the draft), so a fixed field stops showing red.
/// </summary>
/// <param name="check">The draft's errors for the given fields, keyed by property path.</param>
/// <param name="stepFields">The draft fields a step shows, by step index.</param>
/// <param name="render">Runs the re-check on the component's dispatcher and re-renders it.</param>
public sealed class WizardStepGate(
    Func<IReadOnlyList<string>, Task<Dictionary<string, string>>> check,
    Func<int, IReadOnlyList<string>> stepFields,
    Func<Func<Task>, Task> render) : IDisposable
{
    private ChangeDebouncer? recheck;
    private int shownStep;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? Error(string path) => Errors.GetValueOrDefault(path);

    /// <summary>Checks the step's fields; true when it has no errors and Next may go on.</summary>
    public async Task<bool> PassesAsync(int stepIndex)
    {
        shownStep = stepIndex;
        Errors = await check(stepFields(stepIndex));
        return Errors.Count == 0;
    }

    /// <summary>A keystroke: re-check the step whose errors are shown once typing pauses; nothing while none are.</summary>
    public void Typed()
    {
        if (Errors.Count == 0)
            return;
        recheck ??= new ChangeDebouncer(() => render(async () => Errors = await check(stepFields(shownStep))), ValidationTiming.RecheckDelay);
        recheck.Notify();
    }

    /// <summary>Forgets shown errors (a step left by Previous, a draft replaced).</summary>
    public void Clear() => Errors = new Dictionary<string, string>();

    public void Dispose() => recheck?.Dispose();
}
