using Dashboard.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Security;

/// <summary>The actor behind a Blazor circuit, resolved afresh for every action (a circuit outlives role changes).</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication, ActorResolver resolver)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return await resolver.ResolveAsync(state.User);
    }

    /// <summary>For showing or hiding controls only; the services check again on every call.</summary>
    public async Task<bool> CanAsync(Permission permission)
    {
        try
        {
            return (await GetAsync()).Can(permission);
        }
        catch (NotSignedInException)
        {
            return false;
        }
    }
}
