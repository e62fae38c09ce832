using System.Text.Json.Nodes;
using Dashboard.Sandbox.Protobuf.Generated.AppsV1;
using Dashboard.Sandbox.Protobuf.Generated.CoreV1;
using Dashboard.Sandbox.Protobuf.Generated.IntStr;
using Dashboard.Sandbox.Protobuf.Generated.MetaV1;
using Dashboard.Sandbox.Protobuf.Generated.Resource;
using Google.Protobuf;
using k8s;
using V1Pod = k8s.Models.V1Pod;
using V1StatefulSet = k8s.Models.V1StatefulSet;
using static Dashboard.Sandbox.Tests.Protobuf.ProtobufBodies;

namespace Dashboard.Sandbox.Tests.Protobuf;

/// <summary>
/// Every covered PodSpec field set, decoded, then read and written back by KubernetesClient, whose
/// models come from the API's OpenAPI: a misnamed or misplaced field would be lost on the way.
/// </summary>
public sealed class ProtobufFieldNameTests
{
    [Fact]
    public void EveryCoveredPodFieldKeepsItsApiName()
    {
        var decoded = Decode(Envelope("v1", "Pod", KitchenSinkPod()), "Pod");

        decoded["spec"]!.AsObject().Count.ShouldBe(21); // the 21 fields set, zeros and false pointers included
        RoundTrip<V1Pod>(decoded).ShouldBeJson(decoded.ToJsonString());
    }

    [Fact]
    public void AStatefulSetWithClaimTemplatesAndStrategyKeepsItsApiNames()
    {
        var set = new StatefulSet
        {
            Metadata = new ObjectMeta { Name = "db", Labels = { ["app"] = "db" } },
            Spec = new StatefulSetSpec
            {
                Replicas = 2,
                ServiceName = "db",
                Selector = new LabelSelector { MatchExpressions = { new LabelSelectorRequirement { Key = "app", Operator = "In", Values = { "db" } } } },
                Template = new PodTemplateSpec { Metadata = new ObjectMeta { Labels = { ["app"] = "db" } }, Spec = new PodSpec { Containers = { new Container { Name = "db", Image = "postgres" } } } },
                VolumeClaimTemplates =
                {
                    new PersistentVolumeClaim
                    {
                        Metadata = new ObjectMeta { Name = "data" },
                        Spec = new PersistentVolumeClaimSpec { AccessModes = { "ReadWriteOnce" }, StorageClassName = "fast", Resources = new VolumeResourceRequirements { Requests = { ["storage"] = new Quantity { String = "1Gi" } } } },
                    },
                },
                UpdateStrategy = new StatefulSetUpdateStrategy { Type = "RollingUpdate", RollingUpdate = new RollingUpdateStatefulSetStrategy { Partition = 1, MaxUnavailable = new IntOrString { Type = 1, StrVal = "50%" } } },
                PodManagementPolicy = "Parallel",
                RevisionHistoryLimit = 5,
                MinReadySeconds = 3,
                PersistentVolumeClaimRetentionPolicy = new StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Delete", WhenScaled = "Retain" },
                Ordinals = new StatefulSetOrdinals { Start = 1 },
            },
        };

        var decoded = Decode(Envelope("apps/v1", "StatefulSet", set), "StatefulSet", "apps/v1");

        RoundTrip<V1StatefulSet>(decoded).ShouldBeJson(decoded.ToJsonString());
    }

    private static JsonNode RoundTrip<T>(JsonObject decoded) =>
        JsonNode.Parse(KubernetesJson.Serialize(KubernetesJson.Deserialize<T>(decoded.ToJsonString())))!;

    internal static Pod KitchenSinkPod()
    {
        var probe = new Probe
        {
            Handler = new ProbeHandler { TcpSocket = new TCPSocketAction { Port = new IntOrString { Type = 1, StrVal = "http" }, Host = "localhost" } },
            InitialDelaySeconds = 1,
            TimeoutSeconds = 2,
            PeriodSeconds = 3,
            SuccessThreshold = 1,
            FailureThreshold = 4,
            TerminationGracePeriodSeconds = 5,
        };
        var container = new Container
        {
            Name = "app",
            Image = "nginx:1.27",
            Command = { "/bin/sh", "-c" },
            Args = { "exec nginx" },
            WorkingDir = "/srv",
            Ports = { new ContainerPort { Name = "http", ContainerPort_ = 8080, Protocol = "TCP", HostPort = 80, HostIP = "0.0.0.0" } },
            Env =
            {
                new EnvVar { Name = "PLAIN", Value = "1" },
                new EnvVar { Name = "FROM_CM", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { LocalObjectReference = new LocalObjectReference { Name = "cm" }, Key = "k", Optional = true } } },
                new EnvVar { Name = "FROM_SECRET", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { LocalObjectReference = new LocalObjectReference { Name = "s" }, Key = "k" } } },
                new EnvVar { Name = "POD", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.name" } } },
                new EnvVar { Name = "CPU", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { ContainerName = "app", Resource = "limits.cpu", Divisor = new Quantity { String = "1m" } } } },
            },
            EnvFrom = { new EnvFromSource { Prefix = "CM_", ConfigMapRef = new ConfigMapEnvSource { LocalObjectReference = new LocalObjectReference { Name = "cm" } } }, new EnvFromSource { SecretRef = new SecretEnvSource { LocalObjectReference = new LocalObjectReference { Name = "s" }, Optional = false } } },
            Resources = new ResourceRequirements { Limits = { ["cpu"] = new Quantity { String = "500m" } }, Requests = { ["memory"] = new Quantity { String = "64Mi" } } },
            VolumeMounts = { new VolumeMount { Name = "cfg", MountPath = "/etc/cfg", ReadOnly = true, SubPath = "app.conf" } },
            LivenessProbe = probe,
            ReadinessProbe = new Probe { Handler = new ProbeHandler { HttpGet = new HTTPGetAction { Path = "/ready", Port = new IntOrString { IntVal = 8080 }, Scheme = "HTTP", HttpHeaders = { new HTTPHeader { Name = "X-Probe", Value = "1" } } } } },
            StartupProbe = new Probe { Handler = new ProbeHandler { Exec = new ExecAction { Command = { "true" } } }, PeriodSeconds = 1 },
            Lifecycle = new Lifecycle
            {
                PostStart = new LifecycleHandler { Exec = new ExecAction { Command = { "echo", "up" } } },
                PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 5 } },
            },
            TerminationMessagePath = "/dev/termination-log",
            TerminationMessagePolicy = "File",
            ImagePullPolicy = "IfNotPresent",
            SecurityContext = new SecurityContext
            {
                Capabilities = new Capabilities { Add = { "NET_ADMIN" }, Drop = { "ALL" } },
                Privileged = false,
                RunAsUser = 1000,
                RunAsNonRoot = true,
                ReadOnlyRootFilesystem = true,
                AllowPrivilegeEscalation = false,
                SeccompProfile = new SeccompProfile { Type = "RuntimeDefault" },
            },
            Stdin = true,
            Tty = true,
        };
        var grpcProbe = new Probe { Handler = new ProbeHandler { Grpc = new GRPCAction { Port = 9090, Service = "health" } } };
        var spec = new PodSpec
        {
            Volumes =
            {
                new Volume { Name = "cfg", VolumeSource = new VolumeSource { ConfigMap = new ConfigMapVolumeSource { LocalObjectReference = new LocalObjectReference { Name = "cm" }, Items = { new KeyToPath { Key = "k", Path = "k.conf", Mode = 256 } }, DefaultMode = 420 } } },
                new Volume { Name = "sec", VolumeSource = new VolumeSource { Secret = new SecretVolumeSource { SecretName = "s", Optional = true } } },
                new Volume { Name = "tmp", VolumeSource = new VolumeSource { EmptyDir = new EmptyDirVolumeSource { Medium = "Memory", SizeLimit = new Quantity { String = "1Gi" } } } },
                new Volume { Name = "data", VolumeSource = new VolumeSource { PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = "data", ReadOnly = true } } },
                new Volume { Name = "host", VolumeSource = new VolumeSource { HostPath = new HostPathVolumeSource { Path = "/var/log", Type = "Directory" } } },
                new Volume
                {
                    Name = "all",
                    VolumeSource = new VolumeSource
                    {
                        Projected = new ProjectedVolumeSource
                        {
                            DefaultMode = 420,
                            Sources =
                            {
                                new VolumeProjection { Secret = new SecretProjection { LocalObjectReference = new LocalObjectReference { Name = "s" } } },
                                new VolumeProjection { ConfigMap = new ConfigMapProjection { LocalObjectReference = new LocalObjectReference { Name = "cm" } } },
                                new VolumeProjection { DownwardAPI = new DownwardAPIProjection { Items = { new DownwardAPIVolumeFile { Path = "labels", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels" } } } } },
                                new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Audience = "api", ExpirationSeconds = 3600, Path = "token" } },
                            },
                        },
                    },
                },
                new Volume { Name = "info", VolumeSource = new VolumeSource { DownwardAPI = new DownwardAPIVolumeSource { Items = { new DownwardAPIVolumeFile { Path = "cpu", ResourceFieldRef = new ResourceFieldSelector { ContainerName = "app", Resource = "requests.cpu" } } } } } },
            },
            InitContainers = { new Container { Name = "init", Image = "busybox", LivenessProbe = grpcProbe } },
            Containers = { container },
            RestartPolicy = "Always",
            TerminationGracePeriodSeconds = 0,
            DnsPolicy = "ClusterFirst",
            NodeSelector = { ["disk"] = "ssd" },
            ServiceAccountName = "app",
            NodeName = "node-1",
            HostNetwork = true,
            SecurityContext = new PodSecurityContext { RunAsUser = 1000, RunAsGroup = 3000, FsGroup = 2000, SupplementalGroups = { 4000 }, Sysctls = { new Sysctl { Name = "net.core.somaxconn", Value = "1024" } } },
            ImagePullSecrets = { new LocalObjectReference { Name = "registry" } },
            Affinity = new Affinity
            {
                NodeAffinity = new NodeAffinity
                {
                    RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = { new NodeSelectorTerm { MatchExpressions = { new NodeSelectorRequirement { Key = "zone", Operator = "In", Values = { "a" } } } } } },
                    PreferredDuringSchedulingIgnoredDuringExecution = { new PreferredSchedulingTerm { Weight = 10, Preference = new NodeSelectorTerm { MatchFields = { new NodeSelectorRequirement { Key = "metadata.name", Operator = "NotIn", Values = { "node-2" } } } } } },
                },
                PodAffinity = new PodAffinity { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTerm { LabelSelector = new LabelSelector { MatchLabels = { ["app"] = "cache" } }, TopologyKey = "kubernetes.io/hostname" } } },
                PodAntiAffinity = new PodAntiAffinity { PreferredDuringSchedulingIgnoredDuringExecution = { new WeightedPodAffinityTerm { Weight = 50, PodAffinityTerm = new PodAffinityTerm { TopologyKey = "zone", Namespaces = { "other" } } } } },
            },
            Tolerations = { new Toleration { Key = "dedicated", Operator = "Equal", Value = "app", Effect = "NoExecute", TolerationSeconds = 30 } },
            PriorityClassName = "high",
            TopologySpreadConstraints = { new TopologySpreadConstraint { MaxSkew = 1, TopologyKey = "zone", WhenUnsatisfiable = "DoNotSchedule", LabelSelector = new LabelSelector { MatchLabels = { ["app"] = "web" } }, MinDomains = 2 } },
            Hostname = "web-0",
            Subdomain = "web",
            SchedulerName = "default-scheduler",
            EnableServiceLinks = false,
            AutomountServiceAccountToken = false,
        };
        var status = new PodStatus
        {
            Phase = "Running",
            Conditions = { new PodCondition { Type = "Ready", Status = "True", Reason = "Ok", Message = "ready" } },
            HostIP = "10.0.0.1",
            HostIPs = { new HostIP { Ip = "10.0.0.1" } },
            PodIP = "10.42.0.5",
            PodIPs = { new PodIP { Ip = "10.42.0.5" } },
            ContainerStatuses =
            {
                new ContainerStatus
                {
                    Name = "app", Ready = true, RestartCount = 2, Image = "nginx:1.27", ImageID = "docker://sha", ContainerID = "containerd://abc", Started = true,
                    State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff", Message = "back-off" } },
                    LastState = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1, Reason = "Error" } },
                },
            },
            QosClass = "Burstable",
        };
        return new Pod { Metadata = new ObjectMeta { Name = "web-0", Labels = { ["app"] = "web" }, Annotations = { ["note"] = "x" } }, Spec = spec, Status = status };
    }
}
