using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;

namespace Dashboard.Web.Components.Ingresses;

/// <summary>
/// Edit mode's start: the live Ingress read as the draft the steps show, or the sentence that says why it cannot be
/// edited here (a role that may not change it, a shape the wizard cannot show, an Ingress that is gone).
/// </summary>
public sealed record IngressWizardLiveDraft(IngressDraft Draft, string? NotEditable)
{
    public static async Task<IngressWizardLiveDraft> ReadAsync(
        IngressOperations ingresses, Actor actor, bool mayChange, Guid clusterId, string ns, string name, string domain)
    {
        var empty = new IngressDraft { Namespace = ns, Name = name };
        if (!mayChange)
            return new(empty, "Your role may look at this Ingress but not change it: an operator or admin can edit it.");
        try
        {
            return new(await ingresses.GetDraftAsync(clusterId, ns, name, domain, actor, CancellationToken.None), null);
        }
        catch (IngressNotEditableException e)
        {
            return new(empty, e.Message);
        }
        catch (ApiServerRejectedException e)
        {
            return new(empty, e.StatusCode == 404 ? $"The Ingress {ns}/{name} does not exist (any more): it may have been deleted." : e.Message);
        }
    }
}
