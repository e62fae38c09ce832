using Google.Protobuf.Reflection;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>
/// The kinds with a protobuf form, by the envelope's apiVersion and kind: the built-in ones the
/// sandbox serves or will. Custom resources have none, as on a real server.
/// </summary>
internal static class KubernetesMessages
{
    private static readonly Dictionary<(string ApiVersion, string Kind), MessageDescriptor> Kinds = Build();

    /// <summary>The envelope every body comes in (runtime.Unknown).</summary>
    public static MessageDescriptor Unknown { get; } = Generated.Runtime.GeneratedReflection.Descriptor.FindTypeByName<MessageDescriptor>("Unknown");

    /// <summary>DeleteOptions is registered in every group version; a typed client sends its own.</summary>
    public static MessageDescriptor DeleteOptions { get; } = Generated.MetaV1.GeneratedReflection.Descriptor.FindTypeByName<MessageDescriptor>("DeleteOptions");

    public static MessageDescriptor? Find(string apiVersion, string kind) =>
        kind == "DeleteOptions" ? DeleteOptions : Kinds.GetValueOrDefault((apiVersion, kind));

    private static Dictionary<(string, string), MessageDescriptor> Build()
    {
        var kinds = new Dictionary<(string, string), MessageDescriptor>();
        void Add(string apiVersion, FileDescriptor file, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[(apiVersion, name)] = file.FindTypeByName<MessageDescriptor>(name)
                    ?? throw new InvalidOperationException($"{file.Name} defines no {name}");
            }
        }

        Add("v1", Generated.CoreV1.GeneratedReflection.Descriptor, "Namespace", "Node", "Service", "Endpoints", "Pod", "ConfigMap", "Secret", "Event", "ServiceAccount");
        Add("apps/v1", Generated.AppsV1.GeneratedReflection.Descriptor, "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
        Add("networking.k8s.io/v1", Generated.NetworkingV1.GeneratedReflection.Descriptor, "Ingress", "IngressClass");
        Add("discovery.k8s.io/v1", Generated.DiscoveryV1.GeneratedReflection.Descriptor, "EndpointSlice");
        Add("events.k8s.io/v1", Generated.EventsV1.GeneratedReflection.Descriptor, "Event");
        Add("autoscaling/v1", Generated.AutoscalingV1.GeneratedReflection.Descriptor, "Scale");
        Add("authorization.k8s.io/v1", Generated.AuthorizationV1.GeneratedReflection.Descriptor, "SelfSubjectAccessReview", "SelfSubjectRulesReview");
        return kinds;
    }
}
