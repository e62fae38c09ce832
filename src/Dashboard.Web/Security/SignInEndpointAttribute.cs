namespace Dashboard.Web.Security;

/// <summary>
/// Marks an endpoint that checks a password (the login page, <c>POST /api/v1/auth/token</c>): its POSTs are read for
/// the typed user name and throttled (<see cref="SignInRateLimiting"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignInEndpointAttribute : Attribute
{
    /// <summary>The form field or JSON property that holds the user name.</summary>
    public required string UserNameField { get; init; }
}
