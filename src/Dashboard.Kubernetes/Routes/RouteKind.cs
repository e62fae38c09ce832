namespace Dashboard.Kubernetes.Routes;

/// <summary>The route kinds of gateway.networking.k8s.io the dashboard reads.</summary>
public enum RouteKind
{
    Http,
    Grpc,
    Tcp,
    Udp,
    Tls,
}
