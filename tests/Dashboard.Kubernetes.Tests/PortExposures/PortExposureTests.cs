using Dashboard.Core.Auditing;
using Dashboard.Core.PortExposures;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.PortExposures;
using Dashboard.Kubernetes.Tests.Changes;
using k8s;

namespace Dashboard.Kubernetes.Tests.PortExposures;

/// <summary>Exposing TCP/UDP ports through ingress-nginx's shared ConfigMaps on an RKE custom cluster.</summary>
public class PortExposureTests
{
    private static CancellationToken Cancel => ChangeTestCluster.Cancel;

    private static PortExposureDraft Postgres(int externalPort = 5432, string protocol = "TCP") =>
        new() { Protocol = protocol, ExternalPort = externalPort, Namespace = "db", ServiceName = "postgres", ServicePort = 5432 };

    /// <summary>A lab with db/postgres (port 5432) and shop/pg: the service checks an exposure's Service exists.</summary>
    private static async Task<ChangeTestCluster> StartWithPostgresAsync(string profile = "rke-custom")
    {
        var lab = await ChangeTestCluster.StartAsync(profile);
        await lab.CreateBackendAsync("postgres", "db", 5432);
        await lab.CreateBackendAsync("pg", "shop", 5432);
        return lab;
    }

    private static async Task<IDictionary<string, string>> TcpServicesAsync(ChangeTestCluster lab) =>
        (await lab.Client.CoreV1.ReadNamespacedConfigMapAsync("tcp-services", PortExposureService.NginxNamespace, cancellationToken: Cancel)).Data
        ?? new Dictionary<string, string>();

    [Fact]
    public async Task APortIsExposedListedAndRemoved()
    {
        await using var lab = await StartWithPostgresAsync();

        await lab.Ports.ExposeAsync(lab.Id, Postgres(), ChangeTestCluster.Admin, Cancel);
        await lab.Ports.ExposeAsync(lab.Id, Postgres(protocol: "UDP"), ChangeTestCluster.Admin, Cancel);
        var listed = await lab.Ports.ListAsync(lab.Id, Cancel);
        await lab.Ports.RemoveAsync(lab.Id, "tcp", 5432, ChangeTestCluster.Admin, Cancel);

        listed.ShouldBe([
            new PortExposure("TCP", 5432, "db", "postgres", "5432", "db/postgres:5432"),
            new PortExposure("UDP", 5432, "db", "postgres", "5432", "db/postgres:5432"),
        ]);
        (await TcpServicesAsync(lab)).ShouldBeEmpty();
        (await lab.Ports.ListAsync(lab.Id, Cancel)).ShouldHaveSingleItem().Protocol.ShouldBe("UDP");
        (await lab.AuditAsync(AuditActions.PortExpose)).Count.ShouldBe(2);
        (await lab.AuditAsync(AuditActions.PortRemove)).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task ATakenPortIsRefusedNamingWhoHasIt()
    {
        await using var lab = await StartWithPostgresAsync();
        await lab.Ports.ExposeAsync(lab.Id, Postgres(), ChangeTestCluster.Admin, Cancel);
        var other = new PortExposureDraft { ExternalPort = 5432, Namespace = "shop", ServiceName = "pg", ServicePort = 5432 };

        var error = await Should.ThrowAsync<PortTakenException>(() => lab.Ports.ExposeAsync(lab.Id, other, ChangeTestCluster.Admin, Cancel));

        error.Message.ShouldBe("port 5432/TCP is already exposed for db/postgres:5432");
        (await TcpServicesAsync(lab))["5432"].ShouldBe("db/postgres:5432");
        (await lab.AuditAsync(AuditActions.PortExpose)).Count(r => r.Outcome == AuditOutcome.Failure).ShouldBe(1);
    }

    [Fact]
    public async Task AViewerMayNotExposeAPort()
    {
        await using var lab = await StartWithPostgresAsync();

        await Should.ThrowAsync<ForbiddenException>(() => lab.Ports.ExposeAsync(lab.Id, Postgres(), ChangeTestCluster.Viewer, Cancel));

        (await TcpServicesAsync(lab)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AClusterWithoutTheConfigMapGetsAClearError()
    {
        await using var lab = await StartWithPostgresAsync("rke-ec2"); // ingress-nginx without tcp-services

        var error = await Should.ThrowAsync<IngressNginxConfigMapMissingException>(() =>
            lab.Ports.ExposeAsync(lab.Id, Postgres(), ChangeTestCluster.Admin, Cancel));

        error.Message.ShouldContain("'tcp-services' is not installed in namespace 'ingress-nginx'");
        (await lab.Ports.ListAsync(lab.Id, Cancel)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AChangeSomeoneElseMadeBetweenReadAndWriteIsKept()
    {
        await using var lab = await StartWithPostgresAsync();
        var writes = 0;
        // Exactly once, after the service has read the ConfigMap: its replace must then meet a 409 and redo the change.
        lab.Ports.BetweenReadAndReplace = async cancel =>
        {
            if (Interlocked.Increment(ref writes) == 1)
                await AddBehindTheBackAsync(lab, "6379", "cache/redis:6379", cancel);
        };

        await lab.Ports.ExposeAsync(lab.Id, Postgres(), ChangeTestCluster.Admin, Cancel);

        writes.ShouldBe(2); // the first attempt lost the race, the second won
        var data = await TcpServicesAsync(lab);
        data["6379"].ShouldBe("cache/redis:6379");
        data["5432"].ShouldBe("db/postgres:5432");
    }

    [Fact]
    public async Task AConfigMapThatKeepsChangingIsReportedAndNothingIsOverwritten()
    {
        await using var lab = await StartWithPostgresAsync();
        var writes = 0;
        lab.Ports.BetweenReadAndReplace = cancel =>
            AddBehindTheBackAsync(lab, (7000 + Interlocked.Increment(ref writes)).ToString(), "other/app:80", cancel);

        var error = await Should.ThrowAsync<ApiServerRejectedException>(() =>
            lab.Ports.ExposeAsync(lab.Id, Postgres(), ChangeTestCluster.Admin, Cancel));

        error.StatusCode.ShouldBe(409);
        error.Message.ShouldContain("nothing was overwritten");
        var data = await TcpServicesAsync(lab);
        data.ShouldNotContainKey("5432");
        data.Keys.Order().ShouldBe(["7001", "7002", "7003", "7004"]);
    }

    /// <summary>Another user's write, made with the test's own client straight to the API server.</summary>
    private static async Task AddBehindTheBackAsync(ChangeTestCluster lab, string port, string value, CancellationToken cancel)
    {
        var map = await lab.Client.CoreV1.ReadNamespacedConfigMapAsync("tcp-services", PortExposureService.NginxNamespace, cancellationToken: cancel);
        map.Data ??= new Dictionary<string, string>();
        map.Data[port] = value;
        await lab.Client.CoreV1.ReplaceNamespacedConfigMapAsync(map, "tcp-services", PortExposureService.NginxNamespace, cancellationToken: cancel);
    }
}
