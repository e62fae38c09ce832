namespace Dashboard.Sandbox.Store;

/// <summary>The object as deleted, or as marked for deletion when finalizers keep it (<see cref="Deleted"/> false).</summary>
internal sealed record DeleteResult(StoredObject Object, bool Deleted);
