using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Data.Protection;
using Dashboard.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Tests;

/// <summary>The Data Protection keys that decrypt every stored kubeconfig, encrypted at rest by a configured key or certificate.</summary>
public sealed class ProtectingTheKeyRingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithAConfiguredKeyTheKeyFilesHoldNoPlainKeyAndTheKubeconfigSurvivesARestart()
    {
        using var directory = new TemporaryDataDirectory();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var kubeconfig = SampleClusters.Kubeconfig(SampleClusters.UniqueToken(), SampleClusters.UniqueKeyData());
        Guid id;
        await using (var before = await StartAsync(directory, o => o.Key = key))
            id = (await before.Registry.RegisterAsync(SampleClusters.Named("prod", kubeconfig: kubeconfig), Ct)).Id;
        SqliteConnection.ClearAllPools();

        var keyFiles = KeyFiles(directory);
        keyFiles.ShouldNotBeEmpty();
        keyFiles.ShouldAllBe(text => text.Contains("<encryptedSecret") && !text.Contains("<masterKey"));

        await using var after = await StartAsync(directory, o => o.Key = key);
        (await after.Registry.GetKubeconfigAsync(id, Ct)).ShouldBe(kubeconfig);
    }

    [Fact]
    public async Task WithAnotherKeyTheKeyRingCannotBeReadAndTheErrorNamesTheSetting()
    {
        using var directory = new TemporaryDataDirectory();
        Guid id;
        await using (var before = await StartAsync(directory, o => o.Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))))
            id = (await before.Registry.RegisterAsync(SampleClusters.Named("prod"), Ct)).Id;
        SqliteConnection.ClearAllPools();

        await using var withAnotherKey = await StartAsync(directory, o => o.Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var error = await Should.ThrowAsync<Exception>(() => withAnotherKey.Registry.GetKubeconfigAsync(id, Ct));

        AllMessages(error).ShouldContain("Dashboard:DataProtection:Key");
    }

    [Fact]
    public async Task WithACertificateTheKeyFilesHoldNoPlainKeyAndTheKubeconfigSurvivesARestart()
    {
        using var directory = new TemporaryDataDirectory();
        var pfx = Path.Combine(directory.Root, "key-ring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=dashboard key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"), Ct);
        }
        var kubeconfig = SampleClusters.Kubeconfig(SampleClusters.UniqueToken(), SampleClusters.UniqueKeyData());
        void Configure(KeyRingProtectionOptions o)
        {
            o.CertificatePath = pfx;
            o.CertificatePassword = "pfx-password";
        }
        Guid id;
        await using (var before = await StartAsync(directory, Configure))
            id = (await before.Registry.RegisterAsync(SampleClusters.Named("prod", kubeconfig: kubeconfig), Ct)).Id;
        SqliteConnection.ClearAllPools();

        KeyFiles(directory).ShouldAllBe(text => text.Contains("<encryptedSecret") && !text.Contains("<masterKey"));
        await using var after = await StartAsync(directory, Configure);
        (await after.Registry.GetKubeconfigAsync(id, Ct)).ShouldBe(kubeconfig);
    }

    [Theory]
    [InlineData("not base64!", null, "is not a base64 256-bit key")]
    [InlineData("c2hvcnQ=", null, "is not a base64 256-bit key")]
    [InlineData("MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=", "/nowhere/key-ring.pfx", "not both")]
    [InlineData(null, "/nowhere/key-ring.pfx", "could not be loaded")]
    public void BadSettingsAreRefusedAtStartWithTheSettingNamed(string? key, string? certificatePath, string expected)
    {
        var result = new KeyRingProtectionOptionsValidator().Validate(null, new KeyRingProtectionOptions { Key = key, CertificatePath = certificatePath });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("Dashboard:DataProtection");
        result.FailureMessage.ShouldContain(expected);
    }

    private static Task<DashboardDataServices> StartAsync(TemporaryDataDirectory directory, Action<KeyRingProtectionOptions> protect) =>
        directory.StartServicesAsync(Ct, services => services.Configure(protect));

    private static List<string> KeyFiles(TemporaryDataDirectory directory) =>
        Directory.EnumerateFiles(directory.KeysDirectory, "key-*.xml").Select(File.ReadAllText).ToList();

    private static string AllMessages(Exception error) =>
        error.InnerException is null ? error.Message : error.Message + " " + AllMessages(error.InnerException);
}
