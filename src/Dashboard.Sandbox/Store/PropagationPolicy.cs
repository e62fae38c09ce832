namespace Dashboard.Sandbox.Store;

/// <summary>What happens to an owner's dependents (DeleteOptions.propagationPolicy).</summary>
internal enum PropagationPolicy
{
    /// <summary>The owner goes at once; the garbage collector deletes the dependents afterwards (kubectl's default).</summary>
    Background,

    /// <summary>The owner stays, with the <c>foregroundDeletion</c> finalizer, until its blocking dependents are gone.</summary>
    Foreground,

    /// <summary>The owner stays, with the <c>orphan</c> finalizer, until its dependents no longer name it.</summary>
    Orphan,
}
