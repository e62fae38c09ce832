using Dashboard.Core.Providers;

namespace Dashboard.Core.Support;

/// <summary>The plain answer to "what serves an Ingress here?", from the platform's promise and the live cluster's IngressClasses.</summary>
public static class Layer7Answer
{
    public static string For(SupportRow? promise, ObservedSupport observed)
    {
        var level = promise?.Layer7.Level;
        if (observed.HasIngressController)
        {
            var controllers = string.Join(", ", observed.IngressClasses.Select(c => $"{c.Name} ({c.Controller})"));
            return level switch
            {
                SupportLevel.NotInRancherTable =>
                    $"An Ingress is served by {controllers}. MetalLB balances Layer 4 only, so Layer 7 is whichever ingress controller is installed.",
                SupportLevel.NotSupported =>
                    $"An Ingress is served by {controllers}, installed on the cluster: {promise!.Kind.DisplayName()} has no ingress controller of its own.",
                _ => $"An Ingress is served by {controllers}.",
            };
        }
        return level switch
        {
            SupportLevel.NotInRancherTable =>
                "An Ingress gets no address here: MetalLB balances Layer 4 only and no ingress controller is installed. Install one, or expose the Service as a LoadBalancer.",
            SupportLevel.NotSupported =>
                $"An Ingress gets no address here: {promise!.Kind.DisplayName()} has no ingress controller and none is installed. Install one, or expose the Service as a LoadBalancer.",
            SupportLevel.Supported =>
                $"An Ingress gets no address yet: the platform promises {promise!.Layer7.Text}, but no ingress controller announces itself here (no IngressClass).",
            _ => "An Ingress gets no address here: no ingress controller announces itself (no IngressClass).",
        };
    }
}
