namespace Dashboard.Core.Tests.GatewayMigration;

/// <summary>One row of the annotation table: the annotations on the shop Ingress, the routes they give and the account of each key.</summary>
public sealed record AnnotationCase(string Description, (string Key, string Value)[] Annotations, string Routes, string Accounts)
{
    public override string ToString() => Description;
}
