using Dashboard.Sandbox.Protobuf.Generated.AppsV1;
using Dashboard.Sandbox.Protobuf.Generated.AuthorizationV1;
using Dashboard.Sandbox.Protobuf.Generated.CoreV1;
using Dashboard.Sandbox.Protobuf.Generated.IntStr;
using Dashboard.Sandbox.Protobuf.Generated.MetaV1;
using Dashboard.Sandbox.Protobuf.Generated.NetworkingV1;
using Dashboard.Sandbox.Protobuf.Generated.Resource;
using Google.Protobuf;
using static Dashboard.Sandbox.Tests.Protobuf.ProtobufBodies;
using EventsV1 = Dashboard.Sandbox.Protobuf.Generated.EventsV1;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>The decoder alone: protobuf bodies in, the JSON the Go JSON encoder would write out.</summary>
public sealed class ProtobufDecoderTests
{
    [Fact]
    public void TheCapturedCreateNamespaceBodyDecodesToTheNamespaceKubectlMeant()
    {
        // kubectl 1.32 `create namespace x`, byte for byte: every non-pointer field written, empty.
        var body = Hex("6b387300 0a0f 0a027631 12094e616d657370616365 1219 0a11 0a0178 1200 1a00 2200 2a00 3200 3800 4200 1200 1a02 0a00 1a00 2200");

        body.Length.ShouldBe(52);
        Decode(body).ShouldBeJson("""{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"x"},"spec":{},"status":{}}""");
    }

    [Fact]
    public void APointerSetToZeroIsKeptWhileNonPointerZerosAreDropped()
    {
        var deployment = new Deployment
        {
            Metadata = new ObjectMeta { Name = "web", Namespace = string.Empty, Generation = 0 },
            Spec = new DeploymentSpec
            {
                Replicas = 0,
                MinReadySeconds = 0,
                Paused = false,
                Strategy = new DeploymentStrategy { Type = string.Empty },
                Template = new PodTemplateSpec
                {
                    Spec = new PodSpec
                    {
                        RestartPolicy = string.Empty,
                        HostNetwork = false,
                        Containers = { new Container { Name = "nginx", Image = "nginx", WorkingDir = string.Empty, Stdin = false, Tty = false, Resources = new ResourceRequirements() } },
                    },
                },
            },
        };

        var json = Decode(Envelope("apps/v1", "Deployment", deployment), "Deployment", "apps/v1");

        json["spec"].ShouldBeJson("""{"replicas":0,"template":{"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}]}},"strategy":{}}""");
        json["metadata"].ShouldBeJson("""{"name":"web"}""");
    }

    [Fact]
    public void AServiceKeepsAFalseAllocateLoadBalancerNodePortsAndDropsAnEmptyType()
    {
        var service = new Service
        {
            Metadata = new ObjectMeta { Name = "lb" },
            Spec = new ServiceSpec { Type = string.Empty, AllocateLoadBalancerNodePorts = false, PublishNotReadyAddresses = false, HealthCheckNodePort = 0 },
        };

        Decode(Envelope("v1", "Service", service), "Service")["spec"].ShouldBeJson("""{"allocateLoadBalancerNodePorts":false}""");
    }

    [Fact]
    public void AnIntOrStringIsANumberForTypeZeroAndAStringForTypeOne()
    {
        var service = new Service
        {
            Spec = new ServiceSpec
            {
                Ports =
                {
                    new ServicePort { Name = "80-8080", Protocol = "TCP", Port = 80, TargetPort = new IntOrString { Type = 0, IntVal = 8080, StrVal = string.Empty } },
                    new ServicePort { Name = "web", Port = 81, TargetPort = new IntOrString { Type = 1, IntVal = 0, StrVal = "http" } },
                },
            },
        };

        Decode(Envelope("v1", "Service", service), "Service")["spec"]!["ports"].ShouldBeJson(
            """[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080},{"name":"web","port":81,"targetPort":"http"}]""");
    }

    [Fact]
    public void AQuantityIsItsStringAndResourceListsAreMaps()
    {
        var container = new Container
        {
            Name = "app",
            Resources = new ResourceRequirements
            {
                Limits = { ["cpu"] = new Quantity { String = "500m" }, ["memory"] = new Quantity { String = "1Gi" } },
                Requests = { ["cpu"] = new Quantity() },
            },
        };
        var pod = new Pod { Spec = new PodSpec { Containers = { container } } };

        Decode(Envelope("v1", "Pod", pod), "Pod")["spec"]!["containers"]![0]!["resources"].ShouldBeJson(
            """{"limits":{"cpu":"500m","memory":"1Gi"},"requests":{"cpu":"0"}}""");
    }

    [Fact]
    public void TimesAreRfc3339InSecondsMicroTimesKeepMicrosecondsAndAZeroTimeIsLeftOut()
    {
        var meta = new ObjectMeta { Name = "e", CreationTimestamp = new Time { Seconds = 1767323045 }, DeletionTimestamp = new Time() };
        var evt = new EventsV1.Event
        {
            Metadata = meta,
            EventTime = new MicroTime { Seconds = 1767323045, Nanos = 123456789 },
            DeprecatedFirstTimestamp = new Time(),
        };

        var json = Decode(Envelope("events.k8s.io/v1", "Event", evt), "Event", "events.k8s.io/v1");

        json["metadata"].ShouldBeJson("""{"name":"e","creationTimestamp":"2026-01-02T03:04:05Z"}""");
        json["eventTime"]!.GetValue<string>().ShouldBe("2026-01-02T03:04:05.123456Z");
        json.ContainsKey("deprecatedFirstTimestamp").ShouldBeFalse();
    }

    [Fact]
    public void BytesMapsAreBase64AsInJson()
    {
        var secret = new Secret { Metadata = new ObjectMeta { Name = "s1" }, Type = string.Empty, Data = { ["k"] = ByteString.CopyFromUtf8("v"), ["empty"] = ByteString.Empty } };
        var configMap = new ConfigMap { Data = { ["a"] = "b" }, BinaryData = { ["bin.dat"] = ByteString.CopyFrom(0x00, 0x01, 0xff) } };

        var secretJson = Decode(Envelope("v1", "Secret", secret), "Secret");
        var configMapJson = Decode(Envelope("v1", "ConfigMap", configMap), "ConfigMap");

        secretJson["data"].ShouldBeJson("""{"k":"dg==","empty":""}""");
        secretJson.ContainsKey("type").ShouldBeFalse();
        configMapJson.ShouldBeJson("""{"kind":"ConfigMap","apiVersion":"v1","data":{"a":"b"},"binaryData":{"bin.dat":"AAH/"}}""");
    }

    [Fact]
    public void InlinedStructsAreWrittenAtTheirParentsLevel()
    {
        var container = new Container
        {
            Name = "app",
            LivenessProbe = new Probe
            {
                Handler = new ProbeHandler { HttpGet = new HTTPGetAction { Path = "/healthz", Port = new IntOrString { IntVal = 8080 } } },
                PeriodSeconds = 10,
            },
            Env = { new EnvVar { Name = "PASSWORD", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { LocalObjectReference = new LocalObjectReference { Name = "db" }, Key = "password" } } } },
        };
        var volume = new Volume
        {
            Name = "cfg",
            VolumeSource = new VolumeSource { ConfigMap = new ConfigMapVolumeSource { LocalObjectReference = new LocalObjectReference { Name = "c" }, DefaultMode = 420 } },
        };
        var pod = new Pod { Spec = new PodSpec { Containers = { container }, Volumes = { volume } } };
        var ingress = new Ingress
        {
            Spec = new IngressSpec
            {
                Rules =
                {
                    new IngressRule
                    {
                        Host = "foo.com",
                        IngressRuleValue = new IngressRuleValue { Http = new HTTPIngressRuleValue { Paths = { new HTTPIngressPath { Path = "/bar", PathType = "Prefix", Backend = new IngressBackend { Service = new IngressServiceBackend { Name = "websvc", Port = new ServiceBackendPort { Name = string.Empty, Number = 80 } } } } } } },
                    },
                },
            },
        };

        var spec = Decode(Envelope("v1", "Pod", pod), "Pod")["spec"]!;
        var rules = Decode(Envelope("networking.k8s.io/v1", "Ingress", ingress), "Ingress", "networking.k8s.io/v1")["spec"]!["rules"];

        spec["containers"]![0]!["livenessProbe"].ShouldBeJson("""{"httpGet":{"path":"/healthz","port":8080},"periodSeconds":10}""");
        spec["containers"]![0]!["env"].ShouldBeJson("""[{"name":"PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}]""");
        spec["volumes"].ShouldBeJson("""[{"name":"cfg","configMap":{"name":"c","defaultMode":420}}]""");
        rules.ShouldBeJson("""[{"host":"foo.com","http":{"paths":[{"path":"/bar","pathType":"Prefix","backend":{"service":{"name":"websvc","port":{"number":80}}}}]}}]""");
    }

    [Fact]
    public void AFieldWhoseGoJsonNameDiffersFromTheProtoNameUsesTheJsonName()
    {
        var ingressClass = new IngressClass
        {
            Spec = new IngressClassSpec { Controller = "example.com/ingress", Parameters = new IngressClassParametersReference { APIGroup = "example.com", Kind = "Params", Name = "p" } },
        };

        Decode(Envelope("networking.k8s.io/v1", "IngressClass", ingressClass), "IngressClass", "networking.k8s.io/v1")["spec"].ShouldBeJson(
            """{"controller":"example.com/ingress","parameters":{"apiGroup":"example.com","kind":"Params","name":"p"}}""");
    }

    [Fact]
    public void RepeatedNumbersDecodeWhetherPackedOrOnePerTag()
    {
        // PodSecurityContext.supplementalGroups = 4: [1000, 2000] packed, then 3000 on its own tag.
        var supplementalGroups = Hex("2204e807d00f 20b817");
        var spec = Wrap(0x72, supplementalGroups); // PodSpec.securityContext = 14
        var pod = Wrap(0x12, spec);                // Pod.spec = 2

        Decode(Envelope("v1", "Pod", pod), "Pod")["spec"].ShouldBeJson("""{"securityContext":{"supplementalGroups":[1000,2000,3000]}}""");
    }

    [Fact]
    public void UnknownTagsOfEveryWireTypeAreSkipped()
    {
        var name = new ObjectMeta { Name = "x" }.ToByteArray();
        var unknown = Hex(
            "f806 2a" +           // 111 varint 42
            "fa06 04 6a756e6b" +  // 111 length-delimited "junk"
            "fd06 01020304" +     // 111 fixed32
            "f906 0102030405060708" + // 111 fixed64
            "fb06 0801 fc06");    // 111 group holding a varint, then its end
        var meta = name.Concat(unknown).ToArray();
        var ns = new byte[] { 0x0a, (byte)meta.Length }.Concat(meta).Concat(unknown).ToArray();

        Decode(Envelope("v1", "Namespace", ns)).ShouldBeJson("""{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"x"}}""");
    }

    [Fact]
    public void AMessageFieldSentTwiceIsMergedAsProtobufMerges()
    {
        var first = new Namespace { Metadata = new ObjectMeta { Name = "x" } }.ToByteArray();
        var second = new Namespace { Metadata = new ObjectMeta { Labels = { ["team"] = "a" } } }.ToByteArray();

        Decode(Envelope("v1", "Namespace", [.. first, .. second]))["metadata"].ShouldBeJson("""{"name":"x","labels":{"team":"a"}}""");
    }

    [Fact]
    public void FieldsComeOutInGoStructOrderWhateverTheirOrderOnTheWire()
    {
        var container = new Container { Name = "app", Image = "nginx", ImagePullPolicy = "Always", Ports = { new ContainerPort { ContainerPort_ = 80 } } }.ToByteArray();
        // The same fields, reversed on the wire: imagePullPolicy (14), ports (6), image (2), name (1).
        var fields = SplitFields(container).Reverse().SelectMany(f => f).ToArray();
        var pod = new PodSpec().ToByteArray().Concat(new byte[] { 0x12, (byte)fields.Length }).Concat(fields).ToArray();
        var body = new byte[] { 0x12, (byte)pod.Length }.Concat(pod).ToArray();

        var decoded = Decode(Envelope("v1", "Pod", body), "Pod")["spec"]!["containers"]![0]!.AsObject();

        decoded.Select(p => p.Key).ShouldBe(["name", "image", "ports", "imagePullPolicy"]);
    }

    [Fact]
    public void ManagedFieldsKeepTheirFieldSetAsEmbeddedJson()
    {
        var meta = new ObjectMeta
        {
            Name = "x",
            ManagedFields = { new ManagedFieldsEntry { Manager = "kubectl-create", Operation = "Update", FieldsType = "FieldsV1", FieldsV1 = new FieldsV1 { Raw = ByteString.CopyFromUtf8("""{"f:metadata":{"f:labels":{}}}""") } } },
        };

        Decode(Envelope("v1", "Namespace", new Namespace { Metadata = meta }))["metadata"]!["managedFields"].ShouldBeJson(
            """[{"manager":"kubectl-create","operation":"Update","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{}}}}]""");
    }

    [Fact]
    public void TheSelfSubjectAccessReviewOfCanIDecodes()
    {
        // kubectl auth can-i create deployments: the status struct is written too, allowed false.
        var review = new SelfSubjectAccessReview
        {
            Metadata = new ObjectMeta(),
            Spec = new SelfSubjectAccessReviewSpec
            {
                ResourceAttributes = new ResourceAttributes { Namespace = "default", Verb = "create", Group = "apps", Version = string.Empty, Resource = "deployments", Subresource = string.Empty, Name = string.Empty },
            },
            Status = new SubjectAccessReviewStatus { Allowed = false, Denied = false, Reason = string.Empty, EvaluationError = string.Empty },
        };

        Decode(Envelope("authorization.k8s.io/v1", "SelfSubjectAccessReview", review), "SelfSubjectAccessReview", "authorization.k8s.io/v1").ShouldBeJson(
            """{"kind":"SelfSubjectAccessReview","apiVersion":"authorization.k8s.io/v1","metadata":{},"spec":{"resourceAttributes":{"namespace":"default","verb":"create","group":"apps","resource":"deployments"}},"status":{"allowed":false}}""");
    }

    [Fact]
    public void DeleteOptionsKeepAZeroGracePeriod()
    {
        var options = new DeleteOptions { GracePeriodSeconds = 0, PropagationPolicy = "Background", DryRun = { "All" } };

        Decode(Envelope("apps/v1", "DeleteOptions", options), "DeleteOptions", "apps/v1").ShouldBeJson(
            """{"kind":"DeleteOptions","apiVersion":"apps/v1","gracePeriodSeconds":0,"propagationPolicy":"Background","dryRun":["All"]}""");
    }

    [Fact]
    public void AnEnvelopeWithoutKindOrApiVersionTakesTheUrlsAsTheServerDoes()
    {
        var body = Envelope(string.Empty, string.Empty, new Namespace { Metadata = new ObjectMeta { Name = "x" } });

        Decode(body).ShouldBeJson("""{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"x"}}""");
    }

    /// <summary>A length-delimited field: its one-byte tag, a one-byte length, the bytes.</summary>
    private static byte[] Wrap(byte tag, byte[] content) => [tag, (byte)content.Length, .. content];

    /// <summary>A message's top-level fields as separate byte runs (tag, length or value).</summary>
    private static IEnumerable<byte[]> SplitFields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var start = position;
            var tag = message[position++];
            if ((tag & 7) == 2)
            {
                var length = message[position++];
                position += length;
            }
            else
            {
                while ((message[position++] & 0x80) != 0)
                {
                }
            }

            yield return message[start..position];
        }
    }
}
