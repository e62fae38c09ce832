using Dashboard.Core.Auditing;
using Dashboard.Core.Security;

namespace Dashboard.Web.Security;

/// <summary>The token was refused; the message says why and what to do.</summary>
public sealed class ApiTokenRefusedException(string message) : Exception(message);

/// <summary>
/// A user's own named API tokens, for the profile page: issue and revoke, each audited under the user's name with
/// the token's name (never its secret). A token acts as its user, so any signed-in user may manage their own.
/// </summary>
public sealed class ApiTokenService(IApiTokenStore tokens, IAuditLog audit, TimeProvider clock)
{
    public const int NameMaxLength = 100;

    /// <summary>The lifetimes offered, in days; null is "never expires".</summary>
    public static IReadOnlyList<int?> LifetimeChoices { get; } = [30, 90, 365, null];

    public Task<IReadOnlyList<ApiTokenInfo>> ListAsync(Actor actor, CancellationToken cancellationToken) =>
        tokens.ListAsync(actor.UserId, cancellationToken);

    /// <summary>Null when the name is acceptable, else why not.</summary>
    public static string? ValidateName(string? name) => name?.Trim() switch
    {
        null or "" => "Give the token a name that says where it is used, e.g. 'ci-pipeline'.",
        { Length: > NameMaxLength } => $"A token name has at most {NameMaxLength} characters.",
        _ => null,
    };

    /// <exception cref="ApiTokenRefusedException">an empty or over-long name.</exception>
    public async Task<IssuedApiToken> IssueAsync(Actor actor, string name, int? lifetimeDays, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? "";
        if (ValidateName(trimmed) is { } refusal)
            throw await RefusedAsync(actor, AuditActions.TokenCreate, trimmed, refusal);
        DateTimeOffset? expiresAt = lifetimeDays is { } days ? clock.GetUtcNow().AddDays(days) : null;
        var issued = await tokens.IssueAsync(actor.UserId, trimmed, ApiTokenKind.Named, expiresAt, cancellationToken);
        var lifetime = expiresAt is { } at ? $"expires {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "never expires";
        await RecordAsync(actor, AuditActions.TokenCreate, AuditOutcome.Success, issued.Token.Name, $"Named token {issued.Token.Prefix}…, {lifetime}");
        return issued;
    }

    /// <exception cref="ApiTokenRefusedException">no such token of this user.</exception>
    public async Task RevokeAsync(Actor actor, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = (await tokens.ListAsync(actor.UserId, cancellationToken)).FirstOrDefault(t => t.Id == tokenId);
        if (token is null || !await tokens.RevokeAsync(actor.UserId, tokenId, cancellationToken))
            throw await RefusedAsync(actor, AuditActions.TokenRevoke, token?.Name ?? tokenId.ToString(), "You have no such token; it may have been deleted. Reload the list.");
        await RecordAsync(actor, AuditActions.TokenRevoke, AuditOutcome.Success, token.Name, $"Named token {token.Prefix}… revoked");
    }

    private async Task<ApiTokenRefusedException> RefusedAsync(Actor actor, string action, string tokenName, string reason)
    {
        await RecordAsync(actor, action, AuditOutcome.Failure, tokenName, reason);
        return new ApiTokenRefusedException(reason);
    }

    // CancellationToken.None: a change that happened is recorded even if the circuit went away meanwhile.
    private Task RecordAsync(Actor actor, string action, AuditOutcome outcome, string tokenName, string message) =>
        audit.RecordAsync(new AuditEvent(actor.UserName, action, outcome, message, ObjectName: tokenName), CancellationToken.None);
}
