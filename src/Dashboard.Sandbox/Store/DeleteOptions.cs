namespace Dashboard.Sandbox.Store;

/// <summary>The DeleteOptions the store honours (from the body or the query).</summary>
internal sealed record DeleteOptions
{
    public bool DryRun { get; init; }

    public string? PreconditionResourceVersion { get; init; }

    public string? PreconditionUid { get; init; }

    /// <summary>Null: the kind's default, Background for every kind served here.</summary>
    public PropagationPolicy? Propagation { get; init; }
}
