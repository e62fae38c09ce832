namespace Dashboard.Sandbox.Store;

/// <summary>One page of a list: the items, the store revision, and where the next page starts.</summary>
internal sealed record ListPage(IReadOnlyList<StoredObject> Items, long Revision, string? LastKey, long Remaining);
