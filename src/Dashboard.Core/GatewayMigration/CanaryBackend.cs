using Dashboard.Core.Routes;

namespace Dashboard.Core.GatewayMigration;

/// <summary>A canary Ingress's backend for one path of the Ingress being moved.</summary>
internal sealed record CanaryBackend(HttpBackendDraft Backend, CanaryConfig Config, string CanaryIngress);
