namespace Dashboard.Sandbox.Tests.Workloads;

/// <summary>Workload manifests as a user writes them, for <c>kubectl apply -f -</c>.</summary>
public static class WorkloadManifests
{
    public static string StatefulSet(string ns, string name, int replicas, string image = "postgres:16", string policy = "OrderedReady") => $$$"""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: {{{name}}}, namespace: {{{ns}}}}
        spec:
          serviceName: {{{name}}}
          replicas: {{{replicas}}}
          podManagementPolicy: {{{policy}}}
          selector: {matchLabels: {app: {{{name}}}}}
          template:
            metadata: {labels: {app: {{{name}}}}}
            spec: {containers: [{name: main, image: "{{{image}}}"}]}
        """;

    public static string DaemonSet(string ns, string name, string nodeSelector = "{}") => $$$"""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: {{{name}}}, namespace: {{{ns}}}}
        spec:
          selector: {matchLabels: {app: {{{name}}}}}
          template:
            metadata: {labels: {app: {{{name}}}}}
            spec:
              nodeSelector: {{{nodeSelector}}}
              containers: [{name: agent, image: "busybox:1.36"}]
        """;

    public static string Deployment(string ns, string name, int replicas, string image = "nginx", string strategy = "{}") => $$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: {{{name}}}, namespace: {{{ns}}}, labels: {app: {{{name}}}}}
        spec:
          replicas: {{{replicas}}}
          strategy: {{{strategy}}}
          selector: {matchLabels: {app: {{{name}}}}}
          template:
            metadata: {labels: {app: {{{name}}}}}
            spec: {containers: [{name: main, image: "{{{image}}}", ports: [{containerPort: 80}]}]}
        """;
}
