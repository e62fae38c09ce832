using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Resources;
using Dashboard.Kubernetes.Services;
using Dashboard.Web.Security;
using MudBlazor;

namespace Dashboard.Web.Components.Objects;

/// <summary>
/// The dialogs behind an object's actions, from a page header or a list row. Delete is the one delete flow for every
/// kind: the dependents, the confirmation, the call
/// through the kind's service, a toast; a refusal from the service is a toast too, and nothing is half-done.
/// </summary>
public static class ObjectDialogs
{
    /// <returns>True when the object was deleted.</returns>
    public static async Task<bool> DeleteAsync(IDialogService dialogs, ISnackbar snackbar, CurrentActor currentActor, RowActions actions)
    {
        try
        {
            var dependents = actions.Dependents is null ? [] : await actions.Dependents(CancellationToken.None);
            var parameters = new DialogParameters<DeleteConfirmation>
            {
                { d => d.Name, actions.Name },
                { d => d.Consequence, $"The {actions.Kind} {actions.Name} in namespace {actions.Namespace} is deleted from the cluster. {actions.DeleteConsequence}".TrimEnd() },
                { d => d.Dependents, dependents },
            };
            var dialog = await dialogs.ShowAsync<DeleteConfirmation>($"Delete {actions.Kind} {actions.Namespace}/{actions.Name}?", parameters,
                new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
            var result = await dialog.Result;
            if (result is null || result.Canceled)
                return false;
            await actions.Delete(await currentActor.GetAsync(), CancellationToken.None);
            snackbar.Add($"{actions.Kind} {actions.Namespace}/{actions.Name} deleted.", Severity.Success);
            return true;
        }
        catch (Exception e) when (e is ApiServerRejectedException or ProtectedServiceException or ForbiddenException or NotSignedInException or ClusterUnavailableException)
        {
            snackbar.Add(e.Message, Severity.Error);
            return false;
        }
    }

    /// <summary>The object as the API server has it, as YAML, in a dialog.</summary>
    public static Task ShowYamlAsync(IDialogService dialogs, Guid clusterId, RowActions actions)
    {
        var parameters = new DialogParameters<YamlDialog>
        {
            { d => d.ClusterId, clusterId }, { d => d.Kind, actions.YamlKind }, { d => d.Namespace, actions.Namespace }, { d => d.Name, actions.Name },
            { d => d.Load, actions.Yaml },
        };
        return dialogs.ShowAsync<YamlDialog>($"{actions.Kind} {actions.Namespace}/{actions.Name}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true });
    }
}
