using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>Edit mode: the route names an existing Ingress, read live as the draft the steps show.</summary>
public partial class IngressWizard
{
    /// <summary>The live object as the draft; what the wizard cannot show, or a role that may not change it, stops here.</summary>
    private async Task LoadLiveIngressAsync()
    {
        draft = new IngressDraft { Namespace = Namespace!, Name = Name! };
        try
        {
            if (!await CurrentActor.CanAsync(Permission.ManageNetworking))
            {
                notEditable = "Your role may look at this Ingress but not change it: an operator or admin can edit it.";
                return;
            }
            draft = await Ingresses.GetDraftAsync(ClusterId, Namespace!, Name!, Domain, await CurrentActor.GetAsync(), CancellationToken.None);
        }
        catch (IngressNotEditableException e)
        {
            notEditable = e.Message;
        }
        catch (ApiServerRejectedException e)
        {
            notEditable = e.StatusCode == 404 ? $"The Ingress {Namespace}/{Name} does not exist (any more): it may have been deleted." : e.Message;
        }
    }
}
