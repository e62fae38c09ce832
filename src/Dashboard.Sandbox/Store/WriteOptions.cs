namespace Dashboard.Sandbox.Store;

/// <summary>Which part of an object a write may change.</summary>
internal enum WriteTarget
{
    /// <summary>The object itself: its status is kept as stored.</summary>
    Main,

    /// <summary>The <c>/status</c> subresource: everything but status is kept as stored.</summary>
    Status,
}

/// <summary>How an update is applied.</summary>
internal sealed record WriteOptions
{
    public WriteTarget Target { get; init; } = WriteTarget.Main;

    public bool DryRun { get; init; }

    /// <summary>A PUT: kinds that refuse unconditional updates want a resourceVersion in it.</summary>
    public bool IsReplace { get; init; }

    /// <summary>Server-side apply creates what does not exist yet.</summary>
    public bool CreateIfMissing { get; init; }
}

/// <summary>The outcome of an update: the stored (or would-be) object and whether it was created.</summary>
internal sealed record WriteResult(StoredObject Object, bool Created);
