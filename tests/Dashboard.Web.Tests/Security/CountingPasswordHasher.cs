using Dashboard.Data.Users;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Tests.Security;

/// <summary>Identity's own hasher, counting the checks: a refusal that skipped the hash would answer measurably faster.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<DashboardUser>
{
    private readonly PasswordHasher<DashboardUser> hasher = new();
    private int verifications;

    public int Verifications => Volatile.Read(ref verifications);

    public string HashPassword(DashboardUser user, string password) => hasher.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(DashboardUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verifications);
        return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
