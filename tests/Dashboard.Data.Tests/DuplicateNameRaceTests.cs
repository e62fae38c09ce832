using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Data.Entities;
using Dashboard.Data.Sqlite;
using Dashboard.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

/// <summary>
/// The registry checks for a taken name before it writes, but two registrations can both pass the check.
/// Then the unique index decides, and its violation must still come out as a DuplicateClusterNameException.
/// </summary>
public sealed class DuplicateNameRaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDatabaseItselfRefusesTwoNamesThatDifferOnlyInCaseAndTheErrorIsRecognised()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);
        await using var db = await data.Contexts.CreateDbContextAsync(Ct);
        // Straight through EF, past the registry's check: what the loser of a race would do.
        db.Clusters.AddRange(Entity("Prod"), Entity("prod"));

        var error = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        SqliteConstraintErrors.IsUniqueViolation(error, "Clusters", "Name").ShouldBeTrue();
    }

    [Fact]
    public async Task AnotherConstraintViolationIsNotTakenForADuplicateName()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);
        await using (var first = await data.Contexts.CreateDbContextAsync(Ct))
        {
            first.SandboxRegistrations.Add(new SandboxRegistrationEntity { Profile = "eks", RegisteredAt = DateTimeOffset.UtcNow });
            await first.SaveChangesAsync(Ct);
        }
        await using var second = await data.Contexts.CreateDbContextAsync(Ct);
        second.SandboxRegistrations.Add(new SandboxRegistrationEntity { Profile = "eks", RegisteredAt = DateTimeOffset.UtcNow });

        var error = await Should.ThrowAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));

        SqliteConstraintErrors.IsUniqueViolation(error, "Clusters", "Name").ShouldBeFalse();
    }

    [Fact]
    public async Task ConcurrentRegistrationsOfOneNameLeaveOneClusterAndOnlyClearErrors()
    {
        using var directory = new TemporaryDataDirectory();
        await using var data = await directory.StartServicesAsync(Ct);

        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await data.Registry.RegisterAsync(SampleClusters.Named(i % 2 == 0 ? "shared" : "SHARED"), Ct);
                return "registered";
            }
            catch (DuplicateClusterNameException)
            {
                return "duplicate";
            }
        }, Ct));
        var outcomes = await Task.WhenAll(attempts);

        outcomes.Count(o => o == "registered").ShouldBe(1);
        outcomes.Count(o => o == "duplicate").ShouldBe(7);
        (await data.Registry.ListAsync(Ct)).ShouldHaveSingleItem();
    }

    private static ClusterEntity Entity(string name) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Provider = ProviderKind.Unknown,
        ServerUrl = "https://192.0.2.10:6443",
        ContextName = "sample",
        ProtectedKubeconfig = "not-a-real-ciphertext",
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
