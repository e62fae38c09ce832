namespace Dashboard.Core.GatewayMigration;

/// <summary>The number of the Service port named <paramref name="portName"/>, or null when it is not known.</summary>
public delegate int? ServicePortResolver(string serviceName, string portName);
