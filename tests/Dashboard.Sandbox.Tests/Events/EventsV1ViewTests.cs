using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dashboard.Sandbox.Tests.Support;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Events;

/// <summary>events.k8s.io/v1 Events: the same stored Events as core v1, converted both ways.</summary>
public sealed class EventsV1ViewTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private KubectlRunner Kubectl => new(sandbox);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PodWithEventsAsync()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        await sandbox.Client.CoreV1.CreateNamespacedPodAsync(new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "seen" },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "c", Image = "nginx:1.27" }] },
        }, ns, cancellationToken: Ct);
        await Eventually.ReturnsAsync(() => sandbox.Client.CoreV1.ListNamespacedEventAsync(ns, cancellationToken: Ct), l => l.Items.Any(e => e.Reason == "Started"), Ct);
        return ns;
    }

    [Fact]
    public async Task TheNewApiListsTheCoreEventsUnderTheirNewFieldNames()
    {
        var ns = await PodWithEventsAsync();

        var core = await sandbox.Client.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: "reason=Started", cancellationToken: Ct);
        var v1 = await sandbox.Client.EventsV1.ListNamespacedEventAsync(ns, fieldSelector: "reason=Started", cancellationToken: Ct);

        var before = core.Items.ShouldHaveSingleItem();
        var after = v1.Items.ShouldHaveSingleItem();
        after.Metadata.Name.ShouldBe(before.Metadata.Name);
        after.Metadata.Uid.ShouldBe(before.Metadata.Uid);
        after.Note.ShouldBe(before.Message);
        after.Regarding.Uid.ShouldBe(before.InvolvedObject.Uid);
        after.Regarding.FieldPath.ShouldBe("spec.containers{c}");
        after.ReportingController.ShouldBe("kubelet");
        after.DeprecatedSource.Host.ShouldBe(before.Source.Host);
        after.DeprecatedCount.ShouldBe(1);
        after.DeprecatedFirstTimestamp.ShouldBe(before.FirstTimestamp);
    }

    [Fact]
    public async Task KubectlGetsTheNewApisEventsWithTheirColumnsAndFieldSelectors()
    {
        var ns = await PodWithEventsAsync();

        var all = await Kubectl.RunAsync(Ct, "get", "events.v1.events.k8s.io", "-n", ns);
        var scheduled = await Kubectl.RunAsync(Ct, "get", "events.v1.events.k8s.io", "-n", ns, "--field-selector", "reportingController=default-scheduler,regarding.name=seen");

        all.ExitCode.ShouldBe(0, all.Error);
        all.Lines[0].ShouldMatch(@"^LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE$");
        all.Output.ShouldMatch(@"Normal\s+Started\s+pod/seen\s+Started container c");
        scheduled.Lines.Count.ShouldBe(2, scheduled.Output + scheduled.Error);
        scheduled.Lines[1].ShouldMatch($@"Normal\s+Scheduled\s+pod/seen\s+Successfully assigned {ns}/seen to ");
    }

    [Fact]
    public async Task AnEventCreatedThroughTheNewApiIsACoreEventToo()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        using var http = sandbox.CreateHttpClient();

        // Seen now: an event last seen more than an hour ago would expire at once.
        var body = $$$"""
            {"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"hello.1"},"eventTime":"{{{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.ffffffZ}}}",
             "reportingController":"example.com/operator","reportingInstance":"operator-0","action":"Reconcile","reason":"Configured","type":"Normal",
             "note":"All good","regarding":{"kind":"ConfigMap","namespace":"{{{ns}}}","name":"settings","apiVersion":"v1"}}
            """;

        using var created = await http.PostAsync($"/apis/events.k8s.io/v1/namespaces/{ns}/events", new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")), Ct);
        var text = await created.Content.ReadAsStringAsync(Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        using var reply = JsonDocument.Parse(text);
        var core = await sandbox.Client.CoreV1.ReadNamespacedEventAsync("hello.1", ns, cancellationToken: Ct);

        reply.RootElement.GetProperty("apiVersion").GetString().ShouldBe("events.k8s.io/v1");
        reply.RootElement.GetProperty("note").GetString().ShouldBe("All good");
        (core.Message, core.ReportingComponent, core.ReportingInstance, core.Action, core.InvolvedObject.Name).ShouldBe(("All good", "example.com/operator", "operator-0", "Reconcile", "settings"));
        core.EventTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task WatchingTheNewApiSendsConvertedEvents()
    {
        var ns = await sandbox.NewNamespaceAsync(Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        stop.CancelAfter(TimeSpan.FromSeconds(15));
        var watching = Task.Run(async () =>
        {
            await foreach (var (type, ev) in sandbox.Client.EventsV1.WatchListNamespacedEventAsync(ns, cancellationToken: stop.Token))
            {
                if (type == WatchEventType.Added && ev.Reason == "Scheduled")
                {
                    return ev;
                }
            }

            return null;
        }, Ct);

        await sandbox.Client.CoreV1.CreateNamespacedPodAsync(new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "watched" },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "c", Image = "nginx:1.27" }] },
        }, ns, cancellationToken: Ct);
        var scheduled = await watching;

        scheduled.ShouldNotBeNull();
        scheduled.Regarding.Name.ShouldBe("watched");
        scheduled.Note.ShouldStartWith($"Successfully assigned {ns}/watched to ");
        scheduled.ReportingController.ShouldBe("default-scheduler");
    }
}
