namespace Dashboard.Sandbox.Store;

/// <summary>The watch event types, as written on the wire.</summary>
internal static class EventTypes
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";
    public const string Error = "ERROR";
}

/// <summary>One committed change. <see cref="Previous"/> lets selector watches turn MODIFIED into ADDED/DELETED.</summary>
internal sealed record StoreEvent(long Revision, string Type, StoredObject Object, StoredObject? Previous);

/// <summary>An event as one watcher sees it.</summary>
internal sealed record WatchEvent(string Type, StoredObject Object);
